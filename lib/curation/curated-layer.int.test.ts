import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ActingUser } from "../auth/acting-user";
import { exportBytes } from "../datasets/dataset-fixtures";
import { db } from "../db";
import type { TDatasetArticle } from "../export/jsonl";
import { proposeIncidentsForArticle } from "../incidents/propose-incidents";
import { createLink } from "../links/create-link";
import { listReviewQueue } from "../links/list-review-queue";
import { setCurated, takeVersion } from "./curate-article";
import { independentProject, markCasualty } from "./testing";

const TEXT = "قتل خمسة أشخاص في هجوم بقذائف الهاون على بغداد يوم الجمعة.";
const OTHER = "أعلنت وزارة الصحة مقتل ستة أشخاص في هجوم على بغداد.";

/**
 * An independent-annotation project: analysts A and B each mark the toll of one article and make a
 * casualty claim on it; B links theirs to a claim B made on a second article.
 */
async function seeded() {
  const { a, b, reviewer, admin, project, articleIds } = await independentProject([TEXT, OTHER]);
  const [articleId, otherId] = articleIds as [string, string];
  const mark = async (actor: ActingUser, onArticle: string, text: string, words: string, killed: number) =>
    (await markCasualty(actor, { projectId: project.id, articleId: onArticle, text }, words, killed)).claimId;
  const claimA = await mark(a, articleId, TEXT, "قتل خمسة أشخاص", 5);
  const claimB = await mark(b, articleId, TEXT, "خمسة أشخاص", 5);
  const elsewhere = await mark(b, otherId, OTHER, "مقتل ستة أشخاص", 6);
  await createLink({
    actor: b,
    projectId: project.id,
    input: { id: randomUUID(), fromClaimId: claimB, toClaimId: elsewhere, relation: "CONTRADICTS" },
  });
  return { project, admin, articleId, otherId, a, b, reviewer, claimA, claimB, elsewhere };
}

const queueClaims = async (actor: ActingUser, projectId: string) =>
  (await listReviewQueue({ actor, projectId })).flatMap((l) => [l.from.id, l.to.id]);

async function jsonlArticle(actor: ActingUser, projectId: string, articleId: string): Promise<TDatasetArticle> {
  const lines = (await exportBytes(actor, projectId, { format: "jsonl" })).toString("utf8").trim().split("\n");
  return lines.map((l) => JSON.parse(l) as TDatasetArticle).find((l) => l.id === articleId)!;
}

describe("the curated layer", () => {
  it("is what the review queue, incident proposals and exports read once the article is curated", async () => {
    const { project, admin, articleId, otherId, a, b, reviewer, claimA, claimB, elsewhere } = await seeded();

    // Before curation: reviewers see B's link, A (another analyst) does not; exports carry both layers with their authors.
    expect(await queueClaims(reviewer, project.id)).toContain(claimB);
    expect(await queueClaims(b, project.id)).toContain(claimB);
    expect(await queueClaims(a, project.id)).toEqual([]);
    const before = await jsonlArticle(admin, project.id, articleId);
    expect(before.claims.map((c) => c.author?.email).sort()).toEqual([a.email, b.email].sort());

    // The reviewer takes A's version and marks the article curated.
    await takeVersion({ actor: reviewer, articleId, input: { analystId: a.id } });
    await setCurated({ actor: reviewer, articleId, input: { curated: true } });

    // The queue no longer offers the link that rests on B's raw claim, to anyone.
    expect(await queueClaims(reviewer, project.id)).not.toContain(claimB);
    expect(await queueClaims(b, project.id)).not.toContain(claimB);

    // The export holds the curated layer only: the reviewer's copies.
    const after = await jsonlArticle(admin, project.id, articleId);
    expect(after.claims.map((c) => c.author?.email)).toEqual([reviewer.email]);
    expect(after.spans.map((s) => [s.quote, s.author?.email])).toEqual([["قتل خمسة أشخاص", reviewer.email]]);
    const csv = (await exportBytes(admin, project.id, { format: "csv" })).toString("utf8");
    const rows = csv.split("\n").filter((row) => row.includes(",الأول,"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(`,${reviewer.name},`);

    // Asked for, the raw layers come beside it, each with the analyst's id, and the agreement report.
    await db.assignment.updateMany({ where: { articleId }, data: { status: "DONE" } });
    const zip = unzipSync(
      await exportBytes(admin, project.id, { format: "jsonl", layers: "curated+raw", agreement: true }),
    );
    const names = Object.keys(zip);
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining(["agreement.csv", "agreement.json", "raw-layers.jsonl"]));
    const main = Object.entries(zip).find(([name]) => name !== "raw-layers.jsonl" && name.endsWith(".jsonl"))!;
    expect(strFromU8(main[1])).not.toContain(a.email);
    const layers = strFromU8(zip["raw-layers.jsonl"]!)
      .trim()
      .split("\n")
      .map(
        (l) =>
          JSON.parse(l) as {
            articleId: string;
            curated: boolean;
            analyst: { id: string };
            claims: { id: string }[];
          },
      );
    expect(layers.map((l) => [l.articleId, l.curated, l.analyst.id, l.claims.map((c) => c.id)]).sort()).toEqual(
      [
        [articleId, true, a.id, [claimA]],
        [articleId, true, b.id, [claimB]],
        [otherId, false, b.id, [elsewhere]],
      ].sort(),
    );
    const agreement = JSON.parse(strFromU8(zip["agreement.json"]!)) as { articleCount: number };
    expect(agreement.articleCount).toBe(1);

    // Incident proposals place the curated claim, and the incident ledgers count it alone.
    await proposeIncidentsForArticle(articleId, { actorId: null });
    const copy = await db.claim.findFirstOrThrow({ where: { articleId, authorId: reviewer.id, deletedAt: null } });
    expect(copy.eventId).not.toBeNull();
    const ledgers = Object.values(unzipSync(await exportBytes(admin, project.id, { format: "incidents" })))
      .map((bytes) => strFromU8(bytes))
      .join("\n");
    expect(ledgers).toContain(copy.id);
    expect(ledgers).not.toContain(claimA);
    expect(ledgers).not.toContain(claimB);
  });

  it("refuses raw layers with the incident ledgers, and analysts cannot export at all", async () => {
    const { project, admin, a } = await seeded();
    await expect(exportBytes(admin, project.id, { format: "incidents", layers: "curated+raw" })).rejects.toMatchObject({
      status: 400,
    });
    await expect(exportBytes(a, project.id, { format: "jsonl" })).rejects.toMatchObject({ status: 403 });
  });
});
