import { describe, expect, it } from "vitest";
import { db, streamSql } from "../db";
import { articleRecord } from "../export/jsonl";
import { rulesFor, selectMaterial } from "../export/select-material";
import { w3cWriter } from "../export/w3c";
import { saveTranslation } from "../translations/save-translation";
import { buildDatasetProject, exportBytes } from "./dataset-fixtures";
import { DECLARE_ARTICLES, FETCH_ARTICLES } from "./export-sql";
import { readBatch, readRegistry } from "./read-articles";

type TChoice = { articleIds?: string[] | null; reviewedOnly?: boolean };

/** What the JavaScript reader (the other formats') assembles of the chosen material, in one snapshot. */
async function readBundles(projectId: string, format: "jsonl" | "w3c", choice: TChoice) {
  const { articleIds = null, reviewedOnly = false } = choice;
  const rules = rulesFor(format, reviewedOnly);
  const filter = { projectId, articleIds, history: rules.history, reviewedOnly, positions: format === "w3c" };
  const sql = await streamSql().reserve();
  try {
    await sql.unsafe("begin isolation level repeatable read read only");
    const registry = await readRegistry(sql, filter);
    await sql.unsafe(DECLARE_ARTICLES, [projectId, articleIds, rules.history, reviewedOnly]);
    const rows = await sql.unsafe<Record<string, unknown>[]>(FETCH_ARTICLES(1000));
    const bundles = (await readBatch(sql, filter, rows)).map((bundle) => selectMaterial(bundle, rules));
    return { registry, bundles };
  } finally {
    await sql.unsafe("rollback");
    sql.release();
  }
}

/** The article lines the JavaScript writer makes. */
async function writerLines(projectId: string, choice: TChoice): Promise<string[]> {
  const { bundles } = await readBundles(projectId, "jsonl", choice);
  return bundles.map((bundle) => JSON.stringify(articleRecord(bundle)));
}

/** The W3C collection the JavaScript writer makes, `generated` at the time given. */
async function writerCollection(project: { id: string; name: string }, generated: string, choice: TChoice) {
  const { registry, bundles } = await readBundles(project.id, "w3c", choice);
  let out = "";
  const writer = w3cWriter((chunk) => {
    out += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
  });
  writer.begin({
    ...project,
    description: "",
    publisher: null,
    textDirection: "rtl",
    exportedAt: generated,
    selection: { articleIds: choice.articleIds ?? null, reviewedOnly: choice.reviewedOnly ?? false },
    ...registry,
  });
  for (const bundle of bundles) writer.article(bundle);
  writer.end();
  return out;
}

/** Material only a careful writing keeps as the writer does, added to the dataset project. */
async function buildTrickyProject() {
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
  // A text captured from a web page, and a span's English translation beside its claim's.
  await db.articleSnapshot.create({
    data: {
      articleId: built.articles.aAstral.id,
      kind: "URL",
      requestedUrl: "https://example.org/astral",
      contentType: "text/html",
      byteLength: 4,
      sha256: "ab".repeat(32),
      content: Buffer.from("page"),
    },
  });
  const rockets = await db.span.findUniqueOrThrow({ where: { id: built.spans.rockets.id } });
  await saveTranslation({
    actor: built.analyst,
    articleId: rockets.articleId,
    input: { targetType: "SPAN", targetKey: rockets.id, text: "Attacks will go on" },
  });
  return built;
}

const choices = (built: Awaited<ReturnType<typeof buildDatasetProject>>): TChoice[] => [
  {},
  { reviewedOnly: true },
  { articleIds: [built.articles.a003.id, built.articles.aAstral.id] },
  { articleIds: [built.articles.a000.id], reviewedOnly: true },
];

describe("article output written by the database", () => {
  it("JSONL: the lines are byte for byte the writer's of the same material, whatever is chosen", async () => {
    const built = await buildTrickyProject();
    for (const query of choices(built)) {
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

  it("W3C: the collection is byte for byte the writer's of the same material, whatever is chosen", async () => {
    const built = await buildTrickyProject();
    for (const choice of choices(built)) {
      const exported = (await exportBytes(built.admin, built.project.id, { format: "w3c", ...choice })).toString(
        "utf8",
      );
      const { generated } = JSON.parse(exported) as { generated: string };
      expect(exported).toBe(await writerCollection(built.project, generated, choice));
    }
    const all = (await exportBytes(built.admin, built.project.id, { format: "w3c" })).toString("utf8");
    const parsed = JSON.parse(all) as { total: number; first: { items: unknown[] } };
    expect(parsed.total).toBe(parsed.first.items.length);
    expect(all).toContain('"state":{"type":"TimeState","sourceDate":');
    expect(all).toContain('"value":"Attacks will go on","purpose":"describing"');
  });
});
