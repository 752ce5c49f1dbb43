import { describe, expect, it } from "vitest";
import { articleRecord, headerRecord, jsonlWriter, ZDatasetArticle, ZDatasetHeader } from "./jsonl";
import { asText, bundle, collect, PROJECT } from "./test-fixtures";

describe("JSONL records", () => {
  it("writes a header line and one line per article that the import schemas accept", () => {
    const lines = asText(collect(jsonlWriter)).split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(ZDatasetHeader.parse(JSON.parse(lines[0]!))).toEqual(headerRecord(PROJECT));
    const article = ZDatasetArticle.parse(JSON.parse(lines[1]!));
    expect(article).toEqual(articleRecord(bundle()));
    expect(article.text).toBe(bundle().text);
    expect(article.spans.find((s) => s.id === "s-rockets")!.quote).toBe("3 صواريخ 🚀");
    expect(article.claims.find((c) => c.id === "c-count")!.figures).toEqual({
      thing: "صواريخ",
      value: { qualifier: "exactly", value: 3 },
      asOf: "2024-01-01",
    });
    expect(article.claims.find((c) => c.id === "c-count")).toMatchObject({
      sourceText: "وزارة الدفاع",
      sourceType: "OFFICIAL",
      provenance: { rule: "count.figure", ruleVersion: 2, confidence: 0.75 },
    });
    expect(article.claims.find((c) => c.id === "c-none")).toMatchObject({
      sourceText: "",
      sourceType: null,
      provenance: null,
    });
  });

  it("says of each translation which engine wrote it and whether a person edited it since", () => {
    const base = bundle();
    const T = "2024-01-01T00:00:00.000Z";
    const machine = { version: 1, text: "Machine", origin: "MACHINE" as const, author: null, createdAt: T };
    const withEngine = { ...machine, engine: "deepl", engineModel: "v2" };
    const translation = base.translations[0]!;
    const record = articleRecord({
      ...base,
      translations: [
        { ...translation, targetKey: "c-killed", version: 1, revisions: [withEngine] },
        {
          ...translation,
          targetKey: "c-count",
          version: 2,
          revisions: [withEngine, { ...machine, version: 2, text: "Edited", origin: "HUMAN" }],
        },
        base.translations[1]!,
      ],
    });
    const parsed = ZDatasetArticle.parse(JSON.parse(JSON.stringify(record)));
    expect(parsed.translations.map((t) => [t.targetKey, t.engine, t.human_edited])).toEqual([
      ["c-killed", "deepl", false],
      ["c-count", "deepl", true],
      ["s-math", null, true],
    ]);
    expect(parsed.translations[0]!.revisions[0]).toMatchObject({
      origin: "MACHINE",
      engine: "deepl",
      engineModel: "v2",
    });
  });

  it("reads claims exported before they carried a source and provenance", () => {
    const record = articleRecord(bundle());
    const old = {
      ...record,
      claims: record.claims.map(({ sourceText: _t, sourceType: _s, provenance: _p, ...rest }) => rest),
    };
    const parsed = ZDatasetArticle.parse(old);
    expect(parsed.claims.every((c) => c.sourceText === "" && c.sourceType === null && c.provenance === null)).toBe(
      true,
    );
  });

  it("writes a link once, in the line of the article its `from` claim is in", () => {
    const local = articleRecord(bundle());
    expect(local.links.map((l) => [l.fromClaimId, l.toClaimId])).toEqual([
      ["c-killed", "c-remote"],
      ["c-count", "c-killed"],
    ]);
    const other = bundle();
    other.claims = [];
    expect(articleRecord(other).links).toEqual([]);
  });

  it("keeps Arabic and astral characters as characters, not escapes", () => {
    const text = asText(collect(jsonlWriter));
    expect(text).toContain("🚀");
    expect(text).toContain("قال");
    expect(text).not.toMatch(/\\u[0-9a-f]{4}/i);
  });

  it("refuses records with unknown fields or wrong types, naming the field", () => {
    const record = { ...articleRecord(bundle()), colour: "red" };
    expect(ZDatasetArticle.safeParse(record).success).toBe(false);
    const bad = articleRecord(bundle());
    const parsed = ZDatasetArticle.safeParse({ ...bad, spans: [{ ...bad.spans[0], start: -1 }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["spans", 0, "start"]);
  });
});
