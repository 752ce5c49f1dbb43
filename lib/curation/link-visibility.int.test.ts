import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST as postLinkRoute } from "../../app/api/v1/projects/[id]/links/route";
import type { ActingUser } from "../auth/acting-user";
import { db } from "../db";
import { createLink } from "../links/create-link";
import { createApiToken } from "../tokens/create-api-token";
import { setCurated, takeVersion } from "./curate-article";
import { independentProject, markCasualty } from "./testing";

const SHARED = "قتل خمسة أشخاص في هجوم على معسكر التاجي يوم الجمعة.";
const OTHER = "أعلنت وزارة الصحة مقتل ستة أشخاص في هجوم على معسكر التاجي.";

/**
 * Independent annotation: analysts A and B share an uncurated article, each with a claim on it;
 * A also has a claim on a second article.
 */
async function seeded() {
  const { a, b, reviewer, project, articleIds } = await independentProject([SHARED, OTHER]);
  const [shared, other] = articleIds as [string, string];
  const mark = async (actor: ActingUser, articleId: string, text: string, words: string) =>
    (await markCasualty(actor, { projectId: project.id, articleId, text }, words, 5)).claimId;
  const mine = await mark(a, shared, SHARED, "خمسة أشخاص");
  const theirs = await mark(b, shared, SHARED, "معسكر التاجي");
  const elsewhere = await mark(a, other, OTHER, "مقتل ستة أشخاص");
  return { project, shared, a, b, reviewer, mine, theirs, elsewhere };
}

/** POST /api/v1/projects/{id}/links as `actor`, through the route handler. */
async function postLink(actor: ActingUser, projectId: string, body: Record<string, unknown>) {
  const { token } = await createApiToken({ actor, input: { name: "test" } });
  return postLinkRoute(
    new NextRequest(`http://test/api/v1/projects/${projectId}/links`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: projectId }) },
  );
}

const linkAudits = (projectId: string, actorId: string) =>
  db.auditEvent.count({ where: { projectId, actorId, entityType: "ClaimLink" } });

const eventsOf = async (...ids: string[]) =>
  await db.claim.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: { id: true, eventId: true, version: true },
  });

const linksBetween = (x: string, y: string) =>
  db.claimLink.count({
    where: {
      OR: [
        { fromClaimId: x, toClaimId: y },
        { fromClaimId: y, toClaimId: x },
      ],
    },
  });

describe("linking under independent annotation", () => {
  it("answers not found for another analyst's claim on an uncurated article, changing nothing", async () => {
    const { project, a, b, reviewer, mine, theirs, elsewhere } = await seeded();
    const input = (fromClaimId: string, toClaimId: string) => ({
      id: randomUUID(),
      fromClaimId,
      toClaimId,
      relation: "AGREES" as const,
    });

    const eventsBefore = await eventsOf(elsewhere, theirs);

    // A knows the id of B's claim: the domain function and the route answer 404, either way round.
    await expect(
      createLink({ actor: a, projectId: project.id, input: input(elsewhere, theirs) }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(createLink({ actor: a, projectId: project.id, input: input(theirs, mine) })).rejects.toMatchObject({
      status: 404,
    });
    const refused = await postLink(a, project.id, {
      ...input(elsewhere, theirs),
      event: { titleEn: "Attack on Taji" },
    });
    expect(refused.status).toBe(404);
    expect(await linksBetween(elsewhere, theirs)).toBe(0);
    expect(await linksBetween(mine, theirs)).toBe(0);
    expect(await linkAudits(project.id, a.id)).toBe(0);
    expect(await eventsOf(elsewhere, theirs)).toEqual(eventsBefore);
    expect(await db.event.count({ where: { projectId: project.id, titleEn: "Attack on Taji" } })).toBe(0);

    // A links their own claims; A's claim is as hidden from B as B's from A.
    expect((await postLink(a, project.id, input(elsewhere, mine))).status).toBe(201);
    expect((await postLink(b, project.id, input(theirs, elsewhere))).status).toBe(404);
    expect(await linkAudits(project.id, b.id)).toBe(0);

    // A reviewer reads every layer and links B's claim.
    await expect(
      createLink({ actor: reviewer, projectId: project.id, input: input(theirs, elsewhere) }),
    ).resolves.toMatchObject({ fromClaimId: theirs, toClaimId: elsewhere });
    expect((await postLink(reviewer, project.id, input(mine, theirs))).status).toBe(201);
  });

  it("lets an analyst link the curated layer of a curated article, not another analyst's raw layer of it", async () => {
    const { project, shared, a, b, reviewer, theirs, elsewhere } = await seeded();
    await takeVersion({ actor: reviewer, articleId: shared, input: { analystId: b.id } });
    await setCurated({ actor: reviewer, articleId: shared, input: { curated: true } });
    const copy = await db.claim.findFirstOrThrow({ where: { articleId: shared, authorId: reviewer.id } });

    const made = await postLink(a, project.id, {
      id: randomUUID(),
      fromClaimId: elsewhere,
      toClaimId: copy.id,
      relation: "AGREES",
    });
    expect(made.status).toBe(201);
    await expect(
      createLink({
        actor: a,
        projectId: project.id,
        input: { id: randomUUID(), fromClaimId: elsewhere, toClaimId: theirs, relation: "UPDATES" },
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await linksBetween(elsewhere, theirs)).toBe(0);
  });
});
