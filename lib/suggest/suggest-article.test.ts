import { describe, expect, it } from "vitest";
import { readSampleCorpus } from "../text/testing/sample-corpus";
import { suggestArticle } from "./suggest-article";
import { SUGGEST_CASES, type SuggestCase } from "./suggest.cases";
import type { TCasualtyProposal, TCountProposal, TProposal } from "./types";

function byKind(proposals: TProposal[], kind: TProposal["kind"]): TProposal[] {
  return proposals.filter((p) => p.kind === kind);
}

/** Statements as proposed: statement proposals, and the statements figure proposals carry (one proposal per claim). */
function statementsOf(
  proposals: TProposal[],
): Array<{ content: string; speaker: string | undefined; channel: string; anonymous: boolean | undefined }> {
  const seen = new Set<string>();
  return proposals.flatMap((p) => {
    const content =
      p.kind === "STATEMENT" ? p.range : p.speaker ? p.parts.find((x) => x.role === "content") : undefined;
    if (!content || seen.has(`${content.start}:${content.end}`)) return [];
    seen.add(`${content.start}:${content.end}`);
    return [
      {
        content: content.text,
        speaker: p.speaker?.text,
        channel: p.claim?.channel ?? "",
        anonymous: p.speaker?.anonymous,
      },
    ];
  });
}

function label(c: SuggestCase): string {
  return `${c.source ? `[${c.source}] ` : ""}${c.text.slice(0, 60)}`;
}

describe("suggestArticle: the case table", () => {
  it.each(SUGGEST_CASES.map((c) => [label(c), c] as const))("%s", (_label, c) => {
    const proposals = suggestArticle({ text: c.text, publishedAt: c.publishedAt ?? null });
    for (const p of proposals) {
      expect(c.text.slice(p.range.start, p.range.end)).toBe(p.range.text);
      for (const part of p.parts) expect(c.text.slice(part.start, part.end)).toBe(part.text);
    }
    if (c.statements) {
      const found = statementsOf(proposals);
      expect(found.map((p) => [p.content, p.speaker])).toHaveLength(c.statements.length);
      for (const s of c.statements) {
        const match = found.find((p) => p.content.includes(s.content) || s.content.includes(p.content));
        expect(match, `statement «${s.content}»`).toBeDefined();
        expect(match?.speaker ?? "", "speaker").toContain(s.speaker);
        if (s.channel) expect(match?.channel ?? "").toContain(s.channel);
        if (s.anonymous !== undefined) expect(match?.anonymous).toBe(s.anonymous);
      }
    }
    if (c.casualties) {
      const found = byKind(proposals, "CASUALTY").map((p) => p.claim?.figures as TCasualtyProposal);
      expect(found).toHaveLength(c.casualties.length);
      c.casualties.forEach((e, i) => {
        const f = found[i];
        expect(f?.killed).toEqual(e.killed);
        expect(f?.injured).toEqual(e.injured);
        if (e.victims) expect(f?.victims).toContain(e.victims);
        if (e.perpetrator) expect(f?.perpetrator).toContain(e.perpetrator);
      });
    }
    if (c.counts) {
      const found = byKind(proposals, "COUNT").map((p) => p.claim?.figures as TCountProposal);
      expect(found).toHaveLength(c.counts.length);
      c.counts.forEach((e, i) => {
        const f = found[i];
        expect(f?.value).toEqual(e.value);
        if (e.thing) expect(f?.thing).toContain(e.thing);
        expect(f?.since).toBe(e.since);
        if (e.asOf) expect(f?.asOf).toBe(e.asOf);
      });
    }
    if (c.dates) {
      expect(byKind(proposals, "DATE").map((p) => ({ text: p.range.text, date: p.date }))).toEqual(c.dates);
    }
  });

  it("quotes the corpus verbatim in every case that names a source", () => {
    const corpus = readSampleCorpus();
    for (const c of SUGGEST_CASES) {
      if (!c.source) continue;
      const article = corpus.find((a) => a.file.startsWith(c.source ?? ""));
      expect(article?.text.normalize("NFC").includes(c.text), c.text).toBe(true);
    }
  });
});

describe("suggestArticle: offsets", () => {
  it("counts UTF-16 units, so an emoji before a statement shifts it by two", () => {
    const sentence = "وقال مسؤول أمريكي إن الهجوم أسفر عن مقتل 3 جنود.";
    const plain = suggestArticle({ text: sentence, publishedAt: null });
    const shifted = suggestArticle({ text: `🚨 ${sentence}`, publishedAt: null });
    expect(shifted.map((p) => p.range.start)).toEqual(plain.map((p) => p.range.start + 3));
    for (const p of shifted) expect(`🚨 ${sentence}`.slice(p.range.start, p.range.end)).toBe(p.range.text);
  });

  it("keeps tatweel and diacritics inside the ranges it reports", () => {
    const text = "وقـال مـسؤول عسكـري إن الهـجوم وقـع اليـوم.";
    const [statement] = byKind(suggestArticle({ text, publishedAt: "2024-03-20" }), "STATEMENT");
    expect(statement?.provenance.rule).toBe("statement.verb");
    expect(statement?.speaker?.text).toBe("مـسؤول عسكـري");
    expect(statement?.range.text).toBe("إن الهـجوم وقـع اليـوم");
  });

  it("proposes the same things in the same order every time", () => {
    for (const { text } of readSampleCorpus()) {
      const a = suggestArticle({ text, publishedAt: "2024-01-01" });
      const b = suggestArticle({ text, publishedAt: "2024-01-01" });
      expect(b).toEqual(a);
    }
  });
});

describe("suggestArticle: entities", () => {
  const entities = [
    { id: "e-embassy", kind: "PLACE" as const, names: ["السفارة الأمريكية", "US embassy"] },
    { id: "e-kh", kind: "ORGANISATION" as const, names: ["كتائب حزب الله", "Kataib Hezbollah"] },
    { id: "e-hezbollah", kind: "ORGANISATION" as const, names: ["حزب الله"] },
    { id: "e-austin", kind: "PERSON" as const, names: ["لويد أوستن", "Lloyd Austin"] },
    { id: "e-baghdad", kind: "PLACE" as const, names: ["بغداد"] },
  ];

  it("finds names with any spelling variant, prefix, tatweel or diacritic, the longer name first", () => {
    const text =
      "استُهدفت السفارة الأميركية وبغداد، وأعلنت كتائب حزب الله مسؤوليتها، وقال لويـد أَوستن إن السفـارة الأمريكية آمنة.";
    const found = suggestArticle({ text, publishedAt: null, entities }).filter((p) => p.entityId);
    expect(found.map((p) => [p.kind, p.range.text, p.entityId])).toEqual([
      ["PLACE", "السفارة الأميركية", "e-embassy"],
      ["PLACE", "بغداد", "e-baghdad"],
      ["ORGANISATION", "كتائب حزب الله", "e-kh"],
      ["PERSON", "لويـد أَوستن", "e-austin"],
      ["PLACE", "السفـارة الأمريكية", "e-embassy"],
    ]);
  });

  it("does not match inside a longer word", () => {
    const found = suggestArticle({ text: "البغداديون خرجوا", publishedAt: null, entities }).filter((p) => p.entityId);
    expect(found).toEqual([]);
  });

  it("links a statement's speaker to a person entity", () => {
    const text = "وقال وزير الدفاع الأمريكي لويد أوستن إن القوات ستبقى.";
    const [statement] = byKind(suggestArticle({ text, publishedAt: null, entities }), "STATEMENT");
    expect(statement?.claim?.speakerEntityId).toBe("e-austin");
  });
});
