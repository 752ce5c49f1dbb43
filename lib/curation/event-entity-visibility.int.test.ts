import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getEntityRoute } from "../../app/api/v1/entities/[id]/route";
import { GET as getLedgerRoute } from "../../app/api/v1/events/[id]/ledger/route";
import { GET as getEventRoute } from "../../app/api/v1/events/[id]/route";
import type { ActingUser } from "../auth/acting-user";
import { db } from "../db";
import { createEntity } from "../entities/create-entity";
import { getEntityProfile } from "../entities/get-entity-profile";
import { listEntities } from "../entities/list-entities";
import { createEvent } from "../events/create-event";
import { getEventView } from "../events/get-event-view";
import { listEvents } from "../events/list-events";
import { getIncidentLedger } from "../incidents/get-incident-ledger";
import { createApiToken } from "../tokens/create-api-token";
import { setCurated, takeVersion } from "./curate-article";
import { independentProject, markCasualty } from "./testing";

const SHARED = "قالت وزارة الصحة إن خمسة أشخاص قتلوا في هجوم على معسكر التاجي يوم الجمعة.";

/**
 * Independent annotation: analysts A and B share an uncurated article; each makes a claim on it,
 * spoken by the same entity, about it and on the same event. The event also has an authorless,
 * machine-proposed claim.
 */
async function seeded() {
  const { a, b, reviewer, admin, project, articleIds } = await independentProject([SHARED]);
  const shared = articleIds[0]!;
  const event = await createEvent({ actor: admin, projectId: project.id, input: { titleEn: "Attack on Taji" } });
  const entity = await createEntity({
    actor: admin,
    projectId: project.id,
    input: { kind: "ORGANISATION", nameAr: "وزارة الصحة", nameEn: "Ministry of Health" },
  });
  const mark = async (actor: ActingUser, words: string, killed: number) =>
    (
      await markCasualty(actor, { projectId: project.id, articleId: shared, text: SHARED }, words, killed, {
        speakerEntityId: entity.id,
        aboutEntityIds: [entity.id],
        eventId: event.id,
      })
    ).claimId;
  const mine = await mark(a, "خمسة أشخاص قتلوا", 5);
  const theirs = await mark(b, "معسكر التاجي", 6);
  const machine = randomUUID();
  await db.claim.create({
    data: {
      id: machine,
      projectId: project.id,
      articleId: shared,
      kind: "CASUALTY",
      proposed: true,
      eventId: event.id,
      figures: { killed: { value: 5 } },
    },
  });
  return { project, shared, event, entity, a, b, reviewer, mine, theirs, machine };
}

/** GET through a route handler as `actor`, with an API token. */
async function get(
  route: (req: NextRequest, ctx: { params: Promise<{ id: string }> }) => Promise<Response>,
  actor: ActingUser,
  path: string,
  id: string,
) {
  const { token } = await createApiToken({ actor, input: { name: "test" } });
  const response = await route(
    new NextRequest(`http://test/api/v1/${path}`, { headers: { authorization: `Bearer ${token}` } }),
    {
      params: Promise.resolve({ id }),
    },
  );
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

const ids = (rows: unknown) => (rows as { id: string }[]).map((r) => r.id).sort();
const rowIds = (rows: unknown) => [...new Set((rows as { claimId: string }[]).map((r) => r.claimId))].sort();

/** What `actor` reads of the event, its ledger and the entity, through the domain functions and the API. */
async function reads(actor: ActingUser, s: { event: { id: string }; entity: { id: string } }) {
  const view = await getEventView({ actor, eventId: s.event.id });
  const ledger = await getIncidentLedger({ actor, eventId: s.event.id });
  const profile = await getEntityProfile({ actor, entityId: s.entity.id });
  const apiView = await get(getEventRoute, actor, `events/${s.event.id}`, s.event.id);
  const apiLedger = await get(getLedgerRoute, actor, `events/${s.event.id}/ledger`, s.event.id);
  const apiProfile = await get(getEntityRoute, actor, `entities/${s.entity.id}`, s.entity.id);
  const event = ids(view.claims);
  expect(ids(apiView.claims)).toEqual(event);
  const claimsMade = ids(profile.claimsMade);
  expect(ids(profile.claimsAbout)).toEqual(claimsMade);
  expect(ids(apiProfile.claimsMade)).toEqual(claimsMade);
  expect(ids(apiProfile.claimsAbout)).toEqual(claimsMade);
  expect(apiLedger.claimCount).toBe(ledger.claimCount);
  expect(rowIds(apiLedger.rows)).toEqual(rowIds(ledger.rows));
  // The lists count what the pages show.
  const project = (await db.event.findUniqueOrThrow({ where: { id: s.event.id } })).projectId;
  const listed = (await listEvents({ actor, projectId: project })).find((e) => e.id === s.event.id);
  expect(listed?.claimCount).toBe(event.length);
  const registered = (await listEntities({ actor, projectId: project })).find((e) => e.id === s.entity.id);
  expect(registered?.claimCount).toBe(claimsMade.length * 2);
  return { event, claimsMade, ledgerCount: ledger.claimCount, ledgerRows: rowIds(ledger.rows) };
}

describe("independent annotation on the event, incident and entity pages and lists", () => {
  it("leaves another analyst's claims on an uncurated article out of what an analyst reads", async () => {
    const s = await seeded();
    const { a, b, reviewer, mine, theirs, machine } = s;

    const forA = await reads(a, s);
    expect(forA.event).toEqual([mine, machine].sort());
    expect(forA.claimsMade).toEqual([mine]);
    expect(forA.ledgerCount).toBe(2);
    expect(forA.ledgerRows).not.toContain(theirs);

    const forB = await reads(b, s);
    expect(forB.event).toEqual([theirs, machine].sort());
    expect(forB.claimsMade).toEqual([theirs]);
    expect(forB.ledgerCount).toBe(2);
    expect(forB.ledgerRows).not.toContain(mine);

    // A reviewer sees every claim, each analyst's.
    const forReviewer = await reads(reviewer, s);
    expect(forReviewer.event).toEqual([mine, theirs, machine].sort());
    expect(forReviewer.claimsMade).toEqual([mine, theirs].sort());
    expect(forReviewer.ledgerCount).toBe(3);
    expect(forReviewer.ledgerRows).toEqual(expect.arrayContaining([mine, theirs]));
  });

  it("shows an analyst the curated layer of a curated article, not the analysts' raw layers", async () => {
    const s = await seeded();
    const { shared, a, b, reviewer, mine, theirs, machine } = s;
    await takeVersion({ actor: reviewer, articleId: shared, input: { analystId: b.id } });
    await setCurated({ actor: reviewer, articleId: shared, input: { curated: true } });
    const copies = (await db.claim.findMany({ where: { articleId: shared, authorId: reviewer.id } })).map((c) => c.id);
    expect(copies).toHaveLength(1);
    const copy = copies[0]!;
    const copied = await db.claim.findUniqueOrThrow({
      where: { id: copy },
      select: { eventId: true, speakerEntityId: true },
    });

    const forA = await reads(a, s);
    expect(copied).toEqual({ eventId: s.event.id, speakerEntityId: s.entity.id });
    expect(forA.event).toEqual([copy, machine].sort());
    expect(forA.claimsMade).toEqual([copy]);
    expect(forA.ledgerCount).toBe(2);
    expect((await reads(b, s)).event).toEqual([copy, machine].sort());

    // The reviewer still reads everything.
    const forReviewer = await reads(reviewer, s);
    expect(forReviewer.event).toEqual([mine, theirs, copy, machine].sort());
    expect(forReviewer.claimsMade).toEqual([mine, theirs, copy].sort());
  });
});
