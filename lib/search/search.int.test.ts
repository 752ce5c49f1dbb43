import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, sql } from "../db";
import { importArticles } from "../articles/import-articles";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";
import { createEntity } from "../entities/create-entity";
import { createEvent } from "../events/create-event";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { createSpan } from "../spans/create-span";
import { waitForSuggestionRuns } from "../suggestions/background-runs";
import { makeProject, makeUser } from "../testing/factories";
import { saveTranslation } from "../translations/save-translation";
import { searchKey } from "./search-key";
import { searchProject, type TSearchResult } from "./search-project";
import type { TSearchInput } from "./search-input";

async function corpusProject() {
  const analyst = await makeUser();
  const other = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    // A reviewer: they mark the count claim reviewed below.
    { user: other, role: "REVIEWER" },
  ]);
  const summary = await importArticles({ actor: admin, projectId: project.id, sources: await loadSampleCorpus() });
  await waitForSuggestionRuns();
  const articles = await Promise.all(
    summary.results.map((r) => db.article.findUniqueOrThrow({ where: { id: r.articles[0]!.id } })),
  );
  const label = (key: string) => db.label.findFirstOrThrow({ where: { projectId: project.id, key } });
  const search = (input: TSearchInput) => searchProject({ actor: analyst, projectId: project.id, input });
  return { analyst, other, project, a: (n: number) => articles[n]!, label, search };
}

/** The text each result highlights, read back from the snippet. */
function marked(r: TSearchResult): string[] {
  return r.snippet.highlights.map((h) => r.snippet.text.slice(h.start, h.end));
}

function articleIds(groups: Awaited<ReturnType<typeof searchProject>>["groups"]): string[] {
  return (groups.article?.results ?? []).map((r) => r.id).sort();
}

describe("the search key", () => {
  it("is the same in SQL and in TypeScript for every word of the corpus", async () => {
    const words = [
      ...new Set((await loadSampleCorpus()).flatMap((s) => (s.ok ? s.drafts[0]!.text.split(/\s+/u) : []))),
    ].filter(Boolean);
    const rows = await sql()<
      Array<{ w: string; k: string }>
    >`SELECT w, wb_search_key(w) AS k FROM unnest(${words}::text[]) AS w`;
    const differ = rows.filter((r) => r.k !== searchKey(r.w));
    expect(differ).toEqual([]);
    expect(rows.length).toBeGreaterThan(1000);
  });
});

describe("searchProject: Arabic spelling, stems, tatweel and diacritics", () => {
  it("finds «الأميركية» when asked for «الأمريكية», and the other way round", async () => {
    const { a, search } = await corpusProject();
    const r1 = await search({ q: "الأمريكية", types: ["article"] });
    const r2 = await search({ q: "الأميركية", types: ["article"] });
    expect(articleIds(r1.groups)).toEqual(articleIds(r2.groups));
    // 001 and 004 spell it أميركية only; 000, 002 and 003 أمريكية only.
    expect(articleIds(r1.groups)).toEqual([a(0).id, a(1).id, a(2).id, a(3).id, a(4).id].sort());
    const in001 = r1.groups.article!.results.find((r) => r.id === a(1).id)!;
    expect(marked(in001).every((m) => /أميركي/u.test(m))).toBe(true);
    expect(a(1).text.slice(in001.offset!.start, in001.offset!.end)).toMatch(/أميركي/u);
    expect(in001.href).toBe(
      `/projects/${in001.href!.split("/")[2]}/articles/${a(1).id}#offset=${in001.offset!.start}-${in001.offset!.end}`,
    );
  });

  it("finds «القذائف» when asked for «قذائف», with the broken plural «قذيفة» too", async () => {
    const { a, search } = await corpusProject();
    const plural = await search({ q: "قذائف", types: ["article"] });
    const definite = await search({ q: "القذائف", types: ["article"] });
    expect(articleIds(plural.groups)).toEqual(articleIds(definite.groups));
    expect(articleIds(plural.groups)).toEqual(expect.arrayContaining([a(0).id, a(3).id, a(4).id]));
    const hit000 = plural.groups.article!.results.find((r) => r.id === a(0).id)!;
    expect(marked(hit000).length).toBeGreaterThan(0);
    // 004 says «31 قذيفة» (singular) only: found through the plural table.
    expect(a(4).text).not.toMatch(/قذائف/u);
  });

  it("finds the same with or without tatweel and diacritics", async () => {
    const { a, search } = await corpusProject();
    const plain = await search({ q: "عملياتنا الجهادية", types: ["article"] });
    const tatweel = await search({ q: "عملياتنا الجهاديـــة", types: ["article"] });
    const harakat = await search({ q: "عَمَلِيَّاتُنَا الجِهَادِيَّة", types: ["article"] });
    expect(articleIds(plain.groups)).toEqual([a(0).id, a(1).id].sort());
    expect(articleIds(tatweel.groups)).toEqual(articleIds(plain.groups));
    expect(articleIds(harakat.groups)).toEqual(articleIds(plain.groups));
    // 000 writes «الجهاديـة» with a tatweel; the highlight covers it.
    const in000 = plain.groups.article!.results.find((r) => r.id === a(0).id)!;
    expect(marked(in000).join(" ")).toMatch(/الجهادي/u);
  });

  it("matches phrases and leaves out negated words", async () => {
    const { a, search } = await corpusProject();
    const phrase = await search({ q: '"قاعدة عين الأسد"', types: ["article"] });
    expect(articleIds(phrase.groups)).toEqual(expect.arrayContaining([a(0).id, a(1).id]));
    const without = await search({ q: "عين الأسد -كركوك", types: ["article"] });
    expect(articleIds(without.groups)).not.toContain(a(4).id);
  });
});

describe("searchProject: spans, claims, translations and entities, with filters", () => {
  async function annotated() {
    const ctx = await corpusProject();
    const { analyst, other, project, a, label } = ctx;
    const phrase = "نحو سبع قذائف مورتر سقطت على مجمع السفارة الأمريكية";
    const start = a(0).text.indexOf(phrase);
    const claimLabel = await label("claim");
    const { span } = await createSpan({
      actor: analyst,
      articleId: a(0).id,
      input: { id: randomUUID(), labelId: claimLabel.id, start, end: start + phrase.length, quote: phrase },
    });
    const event = await createEvent({
      actor: analyst,
      projectId: project.id,
      input: { titleEn: "Embassy attack", occurredOn: "2023-12-08" },
    });
    const { claim } = await createClaim({
      actor: analyst,
      articleId: a(0).id,
      input: { id: randomUUID(), kind: "EVENT", claimSpanId: span.id, eventId: event.id },
    });
    const count = "92 هجوماً";
    const c2 = a(1).text.indexOf(count);
    const countLabel = await label("count");
    const { span: s2 } = await createSpan({
      actor: other,
      articleId: a(1).id,
      input: {
        id: randomUUID(),
        labelId: countLabel.id,
        start: c2,
        end: c2 + count.length,
        quote: count,
        note: "Pentagon tally",
      },
    });
    const { claim: countClaim } = await createClaim({
      actor: other,
      articleId: a(1).id,
      input: {
        id: randomUUID(),
        kind: "COUNT",
        claimSpanId: s2.id,
        figures: { thing: "هجمات على القوات الأمريكية", value: { value: 92 }, since: "2023-10-17" },
      },
    });
    await updateClaim({
      actor: other,
      claimId: countClaim.id,
      input: { version: countClaim.version, status: "REVIEWED" },
    });
    await saveTranslation({
      actor: analyst,
      articleId: a(3).id,
      input: {
        targetType: "SEGMENT",
        targetKey: "6",
        text: "Reuters quoted a medical source: US strikes killed at least two militants and wounded four others.",
        baseVersion: null,
      },
    });
    await createEntity({
      actor: analyst,
      projectId: project.id,
      input: { kind: "ORGANISATION", nameAr: "كتائب حزب الله", nameEn: "Kataib Hezbollah", aliases: ["الكتائب"] },
    });
    return { ...ctx, span, claim, event, s2, countClaim, claimLabel, countLabel };
  }

  it("finds a span, its claim and the article, each with a link to the place", async () => {
    const { search, span, claim, a } = await annotated();
    const r = await search({ q: "قذائف مورتر" });
    expect(r.groups.span?.results.map((x) => x.id)).toEqual([span.id]);
    expect(r.groups.claim?.results.map((x) => x.id)).toEqual([claim.id]);
    const hit = r.groups.span!.results[0]!;
    expect(hit.offset).toEqual({ start: span.start, end: span.end });
    expect(hit.href).toContain(`/articles/${a(0).id}#offset=${span.start}-${span.end}`);
    expect(marked(hit)).toEqual(["قذائف مورتر"]);
  });

  it("filters by label, claim kind, author, event, date and review", async () => {
    const { search, analyst, other, claimLabel, countLabel, span, s2, claim, countClaim, event } = await annotated();
    expect((await search({ q: "قذائف", labelId: claimLabel.id })).groups.span?.results.map((r) => r.id)).toEqual([
      span.id,
    ]);
    expect((await search({ q: "قذائف", labelId: countLabel.id })).groups.span?.results).toEqual([]);
    expect((await search({ q: "هجوماً", claimKind: "COUNT" })).groups.claim?.results.map((r) => r.id)).toEqual([
      countClaim.id,
    ]);
    expect((await search({ q: "هجوماً", authorId: other.id })).groups.span?.results.map((r) => r.id)).toEqual([s2.id]);
    expect((await search({ q: "هجوماً", authorId: analyst.id })).groups.span?.results).toEqual([]);
    expect((await search({ q: "قذائف", eventId: event.id })).groups.claim?.results.map((r) => r.id)).toEqual([
      claim.id,
    ]);
    expect((await search({ q: "هجوماً", reviewed: true })).groups.claim?.results.map((r) => r.id)).toEqual([
      countClaim.id,
    ]);
    expect((await search({ q: "هجوماً", reviewed: false })).groups.claim?.results).toEqual([]);
    const dated = await search({ q: "السفارة", from: "2023-12-10", to: "2023-12-31", types: ["article"] });
    expect(dated.groups.article?.results.every((r) => r.publishedAt === "2023-12-11")).toBe(true);
    // A filter that cannot apply to a kind leaves that kind out.
    expect(Object.keys((await search({ q: "قذائف", labelId: claimLabel.id })).groups).sort()).toEqual([
      "claim",
      "span",
    ]);
    // Filters alone list what they select.
    expect((await search({ q: "", claimKind: "EVENT" })).groups.claim?.results.map((r) => r.id)).toEqual([claim.id]);
  });

  it("filters spans by the kind and review of the claims standing on them", async () => {
    const { search, span, s2 } = await annotated();
    const spans = async (input: TSearchInput) => (await search(input)).groups.span?.results.map((r) => r.id);
    expect(await spans({ q: "", claimKind: "COUNT" })).toEqual([s2.id]);
    expect(await spans({ q: "", claimKind: "EVENT" })).toEqual([span.id]);
    expect(await spans({ q: "", reviewed: true })).toEqual([s2.id]);
    // Not reviewed: no reviewed claim stands on the span.
    expect(await spans({ q: "", reviewed: false })).toEqual([span.id]);
    expect(await spans({ q: "قذائف", reviewed: false })).toEqual([span.id]);
    expect(await spans({ q: "قذائف", reviewed: true })).toEqual([]);
    expect(await spans({ q: "", claimKind: "COUNT", reviewed: false })).toEqual([]);
    expect(await spans({ q: "", claimKind: "EVENT", reviewed: false })).toEqual([span.id]);
  });

  it("filters spans and claims by their article's date", async () => {
    const { search, span, claim, a } = await annotated();
    const day = a(0).publishedAt!.toISOString().slice(0, 10);
    const inRange = await search({ q: "قذائف", from: day, to: day });
    expect(inRange.groups.span?.results.map((r) => r.id)).toEqual([span.id]);
    expect(inRange.groups.claim?.results.map((r) => r.id)).toEqual([claim.id]);
    const before = await search({ q: "قذائف", to: "2000-01-01" });
    expect(before.groups.span?.results).toEqual([]);
    expect(before.groups.claim?.results).toEqual([]);
  });

  it("searches English translations with English stems, and entities by any name", async () => {
    const { search, a } = await annotated();
    const r = await search({ q: "kill militant" });
    const t = r.groups.translation?.results[0];
    expect(t).toMatchObject({ type: "translation", articleId: a(3).id, title: "English — Paragraph 7" });
    expect(marked(t!)).toEqual(expect.arrayContaining(["killed", "militants"]));
    expect(a(3).text.slice(t!.offset!.start, t!.offset!.end)).toContain("نقلت وكالة");
    const e = await search({ q: "Kataib", types: ["entity"] });
    expect(e.groups.entity?.results.map((x) => x.title)).toEqual(["كتائب حزب الله (Kataib Hezbollah)"]);
    const ar = await search({ q: "كتائب", types: ["entity"] });
    expect(ar.groups.entity?.count).toBe(1);
  });

  it("answers another project's member with not found", async () => {
    const { project } = await annotated();
    const stranger = await makeUser();
    await expect(
      searchProject({ actor: stranger, projectId: project.id, input: { q: "بغداد" } }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe("searchProject: pages and counts", () => {
  it("lists newest first and counts up to 200, for a rare word, a common one and a filter, on every page", async () => {
    const analyst = await makeUser();
    const { project } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    // 260 articles say «الهدنة»; every 40th also says «الرميلان»; each has its own date.
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000);
    await db.article.createMany({
      data: Array.from({ length: 260 }, (_, n) => {
        const text = `أعلنت الأطراف الهدنة في المدينة رقم ${n}.${n % 40 === 0 ? " وقصفت قرية الرميلان." : ""}`;
        return { projectId: project.id, title: `مقال ${n}`, text, textHash: randomUUID(), publishedAt: day(n) };
      }),
    });
    const search = (input: TSearchInput) =>
      searchProject({ actor: analyst, projectId: project.id, input: { types: ["article"], ...input } });
    const titles = (r: Awaited<ReturnType<typeof search>>) => (r.groups.article?.results ?? []).map((x) => x.title);

    const common = await search({ q: "الهدنة" });
    expect(common.groups.article).toMatchObject({ count: 200, more: true });
    expect(titles(common)).toEqual(Array.from({ length: 10 }, (_, i) => `مقال ${259 - i}`));
    const farPage = await search({ q: "الهدنة", offset: 250 });
    expect(titles(farPage)).toEqual(Array.from({ length: 10 }, (_, i) => `مقال ${9 - i}`));

    const rare = await search({ q: "الرميلان" });
    expect(rare.groups.article).toMatchObject({ count: 7, more: false });
    expect(titles(rare)).toEqual([240, 200, 160, 120, 80, 40, 0].map((n) => `مقال ${n}`));
    expect(titles(await search({ q: "الرميلان", offset: 5 }))).toEqual(["مقال 40", "مقال 0"]);

    const dated = await search({
      q: "الهدنة",
      from: day(100).toISOString().slice(0, 10),
      to: day(149).toISOString().slice(0, 10),
    });
    expect(dated.groups.article).toMatchObject({ count: 50, more: false });
    expect(titles(dated)[0]).toBe("مقال 149");
    const withoutWords = await search({
      from: day(0).toISOString().slice(0, 10),
      to: day(4).toISOString().slice(0, 10),
    });
    expect(titles(withoutWords)).toEqual(["مقال 4", "مقال 3", "مقال 2", "مقال 1", "مقال 0"]);
  });

  it("gives the same pages and counts whether it reads the newest rows first or the index", async () => {
    const analyst = await makeUser();
    const { project } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    const text = "أعلنت الأطراف الهدنة في المدينة وقصفت قرية الرميلان.";
    const article = await db.article.create({
      data: { projectId: project.id, title: "الهدنة", text, textHash: randomUUID() },
    });
    const [label, other] = await db.label.findMany({
      where: { projectId: project.id },
      orderBy: { order: "asc" },
      take: 2,
    });
    if (!label || !other) throw new Error("a new project has labels");
    // 1,500 spans say «الهدنة», one a second; every tenth also says «الرميلان»; the even ones have
    // the first label.
    const ids = Array.from({ length: 1500 }, () => randomUUID());
    await db.span.createMany({
      data: ids.map((id, n) => ({
        id,
        projectId: project.id,
        articleId: article.id,
        labelId: n % 2 === 0 ? label.id : other.id,
        start: 0,
        end: 5,
        quote: n % 10 === 0 ? `الهدنة رقم ${n} في الرميلان` : `الهدنة رقم ${n}`,
        prefix: "",
        suffix: "",
        createdAt: new Date(Date.UTC(2024, 0, 1) + n * 1000),
      })),
    });
    const numbers = new Map<string, number>(ids.map((id, n) => [id, n]));
    const search = async (input: TSearchInput) => {
      const r = await searchProject({ actor: analyst, projectId: project.id, input: { types: ["span"], ...input } });
      const group = r.groups.span;
      return { count: group?.count, more: group?.more, page: (group?.results ?? []).map((x) => numbers.get(x.id)) };
    };
    const newest = (from: number, length: number, step = 1) => Array.from({ length }, (_, i) => from - i * step);
    const expectations = async () => {
      expect(await search({ q: "الهدنة" })).toEqual({ count: 200, more: true, page: newest(1499, 10) });
      expect(await search({ q: "الهدنة", offset: 20 })).toEqual({ count: 200, more: true, page: newest(1479, 10) });
      // Past the 201 matches the count reads: the page is still the newest-first one.
      expect(await search({ q: "الهدنة", offset: 195 })).toEqual({ count: 200, more: true, page: newest(1304, 10) });
      expect(await search({ q: "الرميلان" })).toEqual({ count: 150, more: false, page: newest(1490, 10, 10) });
      expect(await search({ q: "الرميلان", offset: 145 })).toEqual({
        count: 150,
        more: false,
        page: [40, 30, 20, 10, 0],
      });
      // A label narrows the kind: no walk; past the 201 matches the count reads, the planner's page.
      const labelled = { labelId: label.id };
      expect(await search({ q: "الهدنة", ...labelled })).toEqual({ count: 200, more: true, page: newest(1498, 10, 2) });
      expect(await search({ q: "الهدنة", ...labelled, offset: 195 })).toEqual({
        count: 200,
        more: true,
        page: newest(1108, 10, 2),
      });
      expect(await search({ q: "الرميلان", ...labelled, offset: 140 })).toEqual({
        count: 150,
        more: false,
        page: newest(90, 10, 10),
      });
      const withoutRare = newest(1499, 40).filter((n) => n % 10 !== 0);
      expect(await search({ q: "الهدنة -الرميلان", offset: 9 })).toEqual({
        count: 200,
        more: true,
        page: withoutRare.slice(9, 19),
      });
    };
    // Without statistics the search reads only a few newest rows before the index; with them it
    // knows the table is large enough for a common word to be found faster by reading on.
    await expectations();
    await sql().unsafe(`ANALYZE "Span"`);
    await expectations();
  });
});
