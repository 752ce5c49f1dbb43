import { describe, expect, it } from "vitest";
import { db, streamSql } from "../db";
import { articleRecord } from "../export/jsonl";
import { rulesFor, selectMaterial } from "../export/select-material";
import { saveTranslation } from "../translations/save-translation";
import { buildDatasetProject, exportBytes } from "./dataset-fixtures";
import { DECLARE_ARTICLES, FETCH_ARTICLES } from "./export-sql";
import { readBatch } from "./read-articles";

/** The article lines the JavaScript writer makes of the material the other formats read (one snapshot). */
async function writerLines(
  projectId: string,
  { articleIds = null, reviewedOnly = false }: { articleIds?: string[] | null; reviewedOnly?: boolean },
): Promise<string[]> {
  const rules = rulesFor("jsonl", reviewedOnly);
  const sql = await streamSql().reserve();
  try {
    await sql.unsafe("begin isolation level repeatable read read only");
    await sql.unsafe(DECLARE_ARTICLES, [projectId, articleIds, rules.history, reviewedOnly]);
    const rows = await sql.unsafe<Record<string, unknown>[]>(FETCH_ARTICLES(1000));
    const filter = { projectId, articleIds, history: rules.history, reviewedOnly, positions: false };
    const bundles = await readBatch(sql, filter, rows);
    return bundles.map((bundle) => JSON.stringify(articleRecord(selectMaterial(bundle, rules))));
  } finally {
    await sql.unsafe("rollback");
    sql.release();
  }
}

describe("JSONL article lines written by the database", () => {
  it("are byte for byte the lines the JavaScript writer makes of the same material, whatever is chosen", async () => {
    const built = await buildDatasetProject();
    // Figures that only a careful compact writing keeps: a null member, commas and colons inside
    // strings and keys, escapes, nesting, arrays; and a translation whose newest revision is a machine's.
    await db.claim.update({
      where: { id: built.claims.c2.id },
      data: {
        figures: {
          killed: { qualifier: "at_least", value: 3 },
          victims: 'جنود، "أمريكيون": 2, 3',
          "a, b: c": null,
          list: [1, 2.5, { k: "v, w" }, [], {}],
          line: "one\ntwo\t\\",
        },
      },
    });
    await db.claim.update({
      where: { id: built.claims.c3.id },
      data: { provenance: { rule: "count.figure", ruleVersion: 3, confidence: 0.5 } },
    });
    await saveTranslation({
      actor: built.analyst,
      articleId: built.articles.a000.id,
      input: { targetType: "SEGMENT", targetKey: "1", text: "The minister said" },
      machine: { engine: "libretranslate", model: "1.6" },
    });

    const queries = [
      {},
      { reviewedOnly: true },
      { articleIds: [built.articles.a003.id, built.articles.aAstral.id] },
      { articleIds: [built.articles.a000.id], reviewedOnly: true },
    ];
    for (const query of queries) {
      const lines = (await exportBytes(built.admin, built.project.id, { format: "jsonl", ...query }))
        .toString("utf8")
        .split("\n");
      expect(lines.at(-1)).toBe("");
      const expected = await writerLines(built.project.id, query);
      expect(expected.length).toBeGreaterThan(0);
      expect(lines.slice(1, -1)).toEqual(expected);
    }
    const all = (await exportBytes(built.admin, built.project.id, { format: "jsonl" })).toString("utf8");
    expect(all).toContain('"killed":{"value":3,"qualifier":"at_least"}');
    expect(all).toContain('"a, b: c":null');
    expect(all).toContain('"engine":"libretranslate","human_edited":false');
  });
});
