import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { ActingUser } from "../auth/acting-user";
import { db } from "../db";
import { listEntities } from "../entities/list-entities";
import { createLink } from "../links/create-link";
import { getProjectOverview } from "../links/get-project-overview";
import { listClaimLinks } from "../links/list-claim-links";
import { listReviewQueue } from "../links/list-review-queue";
import { searchClaims } from "../links/search-claims";
import { searchProject } from "../search/search-project";
import { setCurated, takeVersion } from "./curate-article";
import { independentProject, markCasualty } from "./testing";

const SHARED = "قتل خمسة أشخاص في هجوم على معسكر التاجي يوم الجمعة.";
const OTHER = "أعلنت وزارة الصحة مقتل ستة أشخاص في هجوم على معسكر التاجي.";

/**
 * Independent annotation: analysts A and B share an article; B marks "التاجي" and a casualty claim
 * on it, and links it to a claim B made on a second article. A has a claim of their own.
 */
async function seeded() {
  const { a, b, reviewer, project, articleIds } = await independentProject([SHARED, OTHER]);
  const [shared, other] = articleIds as [string, string];
  const mark = (actor: ActingUser, articleId: string, text: string, words: string) =>
    markCasualty(actor, { projectId: project.id, articleId, text }, words, 5);
  const mine = await mark(a, shared, SHARED, "خمسة أشخاص");
  const theirs = await mark(b, shared, SHARED, "معسكر التاجي");
  const elsewhere = await mark(b, other, OTHER, "مقتل ستة أشخاص");
  await createLink({
    actor: b,
    projectId: project.id,
    input: { id: randomUUID(), fromClaimId: theirs.claimId, toClaimId: elsewhere.claimId, relation: "CONTRADICTS" },
  });
  return { project, shared, a, b, reviewer, mine, theirs };
}

const spansFound = async (actor: ActingUser, projectId: string, q: string) =>
  ((await searchProject({ actor, projectId, input: { q, types: ["span"] } })).groups.span?.results ?? []).map(
    (r) => r.id,
  );
const claimsFound = async (actor: ActingUser, projectId: string, q: string) =>
  ((await searchProject({ actor, projectId, input: { q, types: ["claim"] } })).groups.claim?.results ?? []).map(
    (r) => r.id,
  );

describe("independent annotation across the project", () => {
  it("keeps another analyst's uncurated work out of search, links, the queue and the overview", async () => {
    const { project, a, b, reviewer, mine, theirs } = await seeded();

    // Search: A finds their own span, not B's; B and the reviewer find B's.
    expect(await spansFound(a, project.id, "خمسة")).toEqual([mine.spanId]);
    expect(await spansFound(a, project.id, "التاجي")).toEqual([]);
    expect(await claimsFound(a, project.id, "التاجي")).toEqual([]);
    expect(await spansFound(b, project.id, "التاجي")).toContain(theirs.spanId);
    expect(await spansFound(reviewer, project.id, "التاجي")).toContain(theirs.spanId);

    // Links: the claim search for linking, a claim's links and the review queue.
    expect((await searchClaims({ actor: a, projectId: project.id })).map((c) => c.id)).toEqual([mine.claimId]);
    expect((await searchClaims({ actor: b, projectId: project.id })).map((c) => c.id)).toContain(theirs.claimId);
    await expect(listClaimLinks({ actor: a, claimId: theirs.claimId })).rejects.toMatchObject({ status: 404 });
    expect(await listClaimLinks({ actor: b, claimId: theirs.claimId })).toHaveLength(1);
    expect(await listReviewQueue({ actor: a, projectId: project.id })).toEqual([]);
    expect(await listReviewQueue({ actor: reviewer, projectId: project.id })).toHaveLength(1);

    // The overview: no pair of articles and no figure of B's for A.
    const forA = await getProjectOverview({ actor: a, projectId: project.id });
    expect(forA.pairs).toEqual([]);
    expect(forA.timelines.flatMap((t) => t.points.map((p) => p.claimId))).not.toContain(theirs.claimId);
    expect((await getProjectOverview({ actor: b, projectId: project.id })).pairs).toHaveLength(1);
  });

  it("counts on the entity list only the spans and claims the analyst may read", async () => {
    const { project, a, b, reviewer, mine, theirs } = await seeded();
    const place = await db.entity.create({
      data: { projectId: project.id, kind: "PLACE", nameAr: "معسكر التاجي", matchKeys: [] },
    });
    await db.span.updateMany({ where: { id: { in: [mine.spanId, theirs.spanId] } }, data: { entityId: place.id } });
    const counted = async (actor: ActingUser) =>
      (await listEntities({ actor, projectId: project.id })).find((e) => e.id === place.id)?.spanCount;
    expect(await counted(a)).toBe(1);
    expect(await counted(b)).toBe(1);
    expect(await counted(reviewer)).toBe(2);
  });

  it("shows everyone the curated layer of a curated article, and no analyst's raw layer of it", async () => {
    const { project, shared, a, b, reviewer, theirs } = await seeded();
    await takeVersion({ actor: reviewer, articleId: shared, input: { analystId: b.id } });
    await setCurated({ actor: reviewer, articleId: shared, input: { curated: true } });
    const copy = await db.span.findFirstOrThrow({ where: { articleId: shared, authorId: reviewer.id } });
    for (const actor of [a, b, reviewer]) expect(await spansFound(actor, project.id, "التاجي")).toEqual([copy.id]);
    expect(await claimsFound(a, project.id, "التاجي")).not.toContain(theirs.claimId);
    await expect(listClaimLinks({ actor: b, claimId: theirs.claimId })).rejects.toMatchObject({ status: 404 });
  });
});
