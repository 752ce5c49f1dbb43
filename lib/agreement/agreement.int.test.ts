import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/projects/[id]/agreement/route";
import { importArticles } from "../articles/import-articles";
import { assignArticles } from "../assignments/assign-articles";
import { setAssignmentStatus } from "../assignments/set-assignment-status";
import type { ActingUser } from "../auth/acting-user";
import { createClaim } from "../claims/create-claim";
import { db } from "../db";
import { parseUploadedFile } from "../import/parse-upload";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { createApiToken } from "../tokens/create-api-token";
import { getAgreement } from "./get-agreement";

const file = (name: string, text: string) =>
  parseUploadedFile(name, new TextEncoder().encode(text), { maxBytes: 10_000 });

/**
 * Two articles; the first assigned to analysts A, B and C (A and B finished it, C did not), the
 * second finished by A alone. A and B both mark "بغداد" as a place; B also marks "الجمعة" as a date.
 */
async function seeded() {
  // Named so the report (analysts by name) lists A before B.
  const [a, b, c, reviewer, outsider] = await Promise.all([
    makeUser({ name: "Analyst A" }),
    makeUser({ name: "Analyst B" }),
    makeUser({ name: "Analyst C" }),
    makeUser(),
    makeUser(),
  ]);
  const { project, admin } = await makeProject([
    { user: a, role: "ANALYST" },
    { user: b, role: "ANALYST" },
    { user: c, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [
      file("one.txt", "هجوم في بغداد\n\nقتل خمسة أشخاص في هجوم على بغداد يوم الجمعة."),
      file("two.txt", "مقال ثان\n\nنص المقال الثاني."),
    ],
  });
  const [one, two] = summary.results.map((r) => r.articles[0]!.id) as [string, string];
  await assignArticles({
    actor: admin,
    projectId: project.id,
    input: { articleIds: [one], userIds: [a.id, b.id, c.id] },
  });
  await assignArticles({ actor: admin, projectId: project.id, input: { articleIds: [two], userIds: [a.id, b.id] } });
  const labels = await db.label.findMany({ where: { projectId: project.id } });
  const label = (key: string) => labels.find((l) => l.key === key)!;
  const { text } = await db.article.findUniqueOrThrow({ where: { id: one } });
  const mark = async (actor: ActingUser, word: string, key: string) => {
    const start = text.lastIndexOf(word);
    const id = randomUUID();
    await createSpan({
      actor,
      articleId: one,
      input: { id, labelId: label(key).id, start, end: start + word.length, quote: word },
    });
    return id;
  };
  const placeA = await mark(a, "بغداد", "place");
  const placeB = await mark(b, "بغداد", "place");
  await mark(b, "الجمعة", "date");
  await mark(c, "هجوم", "weapon");
  const casualty = (killed: number) => ({ killed: { qualifier: "exactly" as const, value: killed } });
  await createClaim({
    actor: a,
    articleId: one,
    input: { id: randomUUID(), kind: "CASUALTY", claimSpanId: placeA, figures: casualty(5) },
  });
  await createClaim({
    actor: b,
    articleId: one,
    input: { id: randomUUID(), kind: "CASUALTY", claimSpanId: placeB, figures: casualty(7) },
  });
  await createClaim({ actor: b, articleId: one, input: { id: randomUUID(), kind: "OTHER" } });
  for (const [actor, article] of [
    [a, one],
    [b, one],
    [a, two],
  ] as const)
    await setAssignmentStatus({ actor, articleId: article, userId: actor.id, input: { status: "DONE" } });
  return { project, admin, a, b, c, reviewer, outsider, one, two, text, label };
}

describe("agreement", () => {
  it("compares the analysts who finished an article, per label, pair and claim field", async () => {
    const { project, reviewer, a, b, one, text, label } = await seeded();
    const report = await getAgreement({ actor: reviewer, projectId: project.id, query: {} });
    expect(report.articleCount).toBe(1);
    expect(report.analysts.map((u) => u.id)).toEqual([a.id, b.id]);
    expect(report.articles).toMatchObject([{ articleId: one, spans: 3, curatedAt: null }]);
    const scores = (key: string) => report.spans.labels.find((l) => l.labelId === label(key).id)!;
    expect(scores("place")).toMatchObject({
      alpha: 1,
      pairs: [{ articles: 1, kappa: 1, f1Exact: 1, f1Overlapping: 1 }],
    });
    // B alone marks d characters as a date in a text of L: κ = 0 (A never uses the label), α = 1 − (2L − 1) / (2L − d).
    const L = text.length;
    const d = "الجمعة".length;
    const date = scores("date");
    expect(date.pairs[0]).toMatchObject({ kappa: 0, f1Exact: 0, spans: expect.any(Array) });
    expect(date.alpha).toBeCloseTo(1 - (2 * L - 1) / (2 * L - d), 12);
    // C's weapon span is not counted: C has not finished the article.
    expect(scores("weapon")).toMatchObject({ alpha: null, pairs: [{ spans: [0, 0], kappa: null }] });
    // Claims: the two casualty claims match by their spans, B's claim without a span does not.
    expect(report.claims.pairs[0]).toMatchObject({ claims: [1, 2], matched: 1 });
    expect(report.claims.pairs[0]!.f1).toBeCloseTo(2 / 3, 12);
    // Killed 5 against 7, the only figures: α interval 0.
    expect(report.claims.figures).toBe(0);
  });

  it("filters by label, analyst and article", async () => {
    const { project, admin, a, c, two, label } = await seeded();
    const place = label("place").id;
    const byLabel = await getAgreement({ actor: admin, projectId: project.id, query: { labels: [place] } });
    expect(byLabel.labels.map((l) => l.key)).toEqual(["place"]);
    expect(byLabel.spans.all.alpha).toBe(1);
    const withC = await getAgreement({ actor: admin, projectId: project.id, query: { analysts: [a.id, c.id] } });
    expect(withC).toMatchObject({ articleCount: 0, analysts: [], articles: [] });
    const second = await getAgreement({ actor: admin, projectId: project.id, query: { articles: [two] } });
    expect(second.articleCount).toBe(0);
  });

  it("refuses ids that are not the project's, and hides the project from outsiders", async () => {
    const { project, admin, outsider } = await seeded();
    const other = await seeded();
    await expect(
      getAgreement({ actor: admin, projectId: project.id, query: { labels: [other.label("place").id] } }),
    ).rejects.toMatchObject({ status: 400, message: expect.stringContaining("labels") });
    await expect(
      getAgreement({ actor: admin, projectId: project.id, query: { analysts: [outsider.id] } }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      getAgreement({ actor: admin, projectId: project.id, query: { articles: [other.one] } }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(getAgreement({ actor: outsider, projectId: project.id, query: {} })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("answers JSON and a CSV download through the API", async () => {
    const { project, a, b, label } = await seeded();
    const { token } = await createApiToken({ actor: a, input: { name: "agreement" } });
    const call = (query: string) =>
      GET(
        new NextRequest(`http://127.0.0.1/api/v1/projects/${project.id}/agreement${query}`, {
          headers: { authorization: `Bearer ${token}` },
        }),
        { params: Promise.resolve({ id: project.id }) },
      );
    const json = await call(`?labels=${label("place").id}`);
    expect(json.status).toBe(200);
    expect(await json.json()).toMatchObject({ articleCount: 1, spans: { all: { alpha: 1 } } });
    const csv = await call("?format=csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.headers.get("content-disposition")).toContain("agreement.csv");
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark first, so spreadsheets read the UTF-8 (Arabic titles) as such.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(rows[0]).toBe("section,label,analyst_a,analyst_b,article_id,article_title,articles,measure,value");
    expect(rows).toContain(`spans,place,${a.email},${b.email},,,1,kappa,1`);
    expect(rows).toContain(`spans,date,${a.email},${b.email},,,1,kappa,0`);
    expect((await call("?articles=not-an-id")).status).toBe(400);
    expect((await call("?format=xml")).status).toBe(400);
  });
});
