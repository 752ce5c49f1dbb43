import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { importArticles } from "../articles/import-articles";
import { assignArticles } from "../assignments/assign-articles";
import type { ActingUser } from "../auth/acting-user";
import { createClaim } from "../claims/create-claim";
import { db } from "../db";
import { parseUploadedFile } from "../import/parse-upload";
import { createLink } from "../links/create-link";
import { getProjectOverview } from "../links/get-project-overview";
import { listClaimLinks } from "../links/list-claim-links";
import { listReviewQueue } from "../links/list-review-queue";
import { searchClaims } from "../links/search-claims";
import { searchProject } from "../search/search-project";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { setCurated, takeVersion } from "./curate-article";

const SHARED = "قتل خمسة أشخاص في هجوم على معسكر التاجي يوم الجمعة.";
const OTHER = "أعلنت وزارة الصحة مقتل ستة أشخاص في هجوم على معسكر التاجي.";

/**
 * Independent annotation: analysts A and B share an article; B marks "التاجي" and a casualty claim
 * on it, and links it to a claim B made on a second article. A has a claim of their own.
 */
async function seeded() {
  const [a, b, reviewer] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  const { project, admin } = await makeProject([
    { user: a, role: "ANALYST" },
    { user: b, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  await db.project.update({ where: { id: project.id }, data: { independentAnnotation: true } });
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [
      parseUploadedFile("one.txt", new TextEncoder().encode(`الأول\n\n${SHARED}`), { maxBytes: 10_000 }),
      parseUploadedFile("two.txt", new TextEncoder().encode(`الثاني\n\n${OTHER}`), { maxBytes: 10_000 }),
    ],
  });
  const [shared, other] = summary.results.map((r) => r.articles[0]!.id) as [string, string];
  await assignArticles({ actor: admin, projectId: project.id, input: { articleIds: [shared], userIds: [a.id, b.id] } });
  const casualty = (await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "casualty" } })).id;
  const mark = async (actor: ActingUser, articleId: string, text: string, words: string) => {
    const start = text.indexOf(words);
    const spanId = randomUUID();
    const claimId = randomUUID();
    await createSpan({
      actor,
      articleId,
      input: { id: spanId, labelId: casualty, start, end: start + words.length, quote: words },
    });
    await createClaim({
      actor,
      articleId,
      input: { id: claimId, kind: "CASUALTY", claimSpanId: spanId, figures: { killed: { value: 5 } } },
    });
    return { spanId, claimId };
  };
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
