import { randomUUID } from "node:crypto";
import { strFromU8, unzipSync } from "fflate";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { GET as getLedgerRoute } from "../../app/api/v1/events/[id]/ledger/route";
import { PUT as putGradeRoute } from "../../app/api/v1/events/[id]/grade/route";
import { importArticles } from "../articles/import-articles";
import { exportProject } from "../datasets/export-project";
import { db } from "../db";
import { getEventView } from "../events/get-event-view";
import { listEvents } from "../events/list-events";
import { updateEvent } from "../events/update-event";
import { makeProject, makeUser } from "../testing/factories";
import { createApiToken } from "../tokens/create-api-token";
import { confirmIncident } from "./confirm-incident";
import { getIncidentLedger } from "./get-incident-ledger";
import { getRejectedGroupings } from "./get-rejected-groupings";
import { ZIncidentLedger } from "./ledger";
import { mergeIncidents } from "./merge-incidents";
import { rejectIncident } from "./reject-incident";
import { repeatsRejected } from "./rejected-groupings";
import { setIncidentGrade } from "./set-incident-grade";
import { splitIncident } from "./split-incident";
import { unmergeIncident } from "./unmerge-incident";

type TClaimSeed = {
  eventOrigin?: "HUMAN" | "SUGGESTED";
  proposed?: boolean;
  killed?: number;
  sourceText?: string;
  sourceType?: "OFFICIAL" | "LOCAL" | "MEDIA" | "ANONYMOUS";
  article?: 0 | 1;
};

async function setup() {
  const analyst = await makeUser();
  const reviewer = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  const drafts = [
    {
      title: "Report one",
      source: "Outlet A",
      url: null,
      publishedAt: "2023-12-09",
      text: `هجوم على القاعدة ${randomUUID()}`,
    },
    {
      title: "Report two",
      source: "Outlet B",
      url: null,
      publishedAt: "2023-12-11",
      text: `قصف القاعدة ${randomUUID()}`,
    },
  ];
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: drafts.map((d) => ({ name: `${d.title}.json`, ok: true as const, drafts: [d] })),
  });
  const articleIds = summary.results.map((r) => r.articles[0]!.id);

  async function incident(title: string, claims: TClaimSeed[]) {
    const event = await db.event.create({
      data: {
        projectId: project.id,
        titleEn: title,
        status: "PROPOSED",
        origin: "SUGGESTED",
        features: { places: ["baghdad"], targets: [], weapons: ["rocket"], perpetrators: [] },
      },
    });
    const ids: string[] = [];
    for (const c of claims) {
      const id = randomUUID();
      ids.push(id);
      await db.claim.create({
        data: {
          id,
          projectId: project.id,
          articleId: articleIds[c.article ?? 0]!,
          kind: "CASUALTY",
          eventId: event.id,
          eventOrigin: c.eventOrigin ?? "SUGGESTED",
          proposed: c.proposed ?? false,
          figures: { killed: { qualifier: "exactly", value: c.killed ?? 2 }, victims: "", perpetrator: "" },
          sourceText: c.sourceText ?? "",
          sourceType: c.sourceType ?? null,
          features: { victimCategory: "civilian" },
        },
      });
    }
    return { event, claimIds: ids };
  }
  return { analyst, reviewer, admin, project, articleIds, incident };
}

const eventOf = (claimId: string) =>
  db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { eventId: true, eventOrigin: true } });

describe("analysts' actions on proposed incidents", () => {
  it("confirms a proposed incident, version-checked and audited, and lists proposed and confirmed apart", async () => {
    const { analyst, project, incident } = await setup();
    const a = await incident("Proposed A", [{}]);
    const b = await incident("Proposed B", [{}]);
    expect(
      (await listEvents({ actor: analyst, projectId: project.id, status: "PROPOSED" })).map((e) => e.titleEn).sort(),
    ).toEqual(["Proposed A", "Proposed B"]);
    const renamed = await updateEvent({
      actor: analyst,
      eventId: a.event.id,
      input: { version: 1, titleEn: "Rocket attack on the base" },
    });
    await expect(confirmIncident({ actor: analyst, eventId: a.event.id, input: { version: 1 } })).rejects.toMatchObject(
      { status: 409 },
    );
    const confirmed = await confirmIncident({
      actor: analyst,
      eventId: a.event.id,
      input: { version: renamed.version },
    });
    expect(confirmed).toMatchObject({ status: "CONFIRMED", titleEn: "Rocket attack on the base", version: 3 });
    expect((await listEvents({ actor: analyst, projectId: project.id, status: "CONFIRMED" })).map((e) => e.id)).toEqual(
      [a.event.id],
    );
    expect((await listEvents({ actor: analyst, projectId: project.id })).map((e) => [e.id, e.status]).sort()).toEqual(
      [
        [a.event.id, "CONFIRMED"],
        [b.event.id, "PROPOSED"],
      ].sort(),
    );
    expect(
      await db.auditEvent.count({ where: { entityId: a.event.id, action: "incident.confirm", actorId: analyst.id } }),
    ).toBe(1);
  });

  it("merges B into A keeping who placed each claim, hides B, and unmerges back", async () => {
    const { analyst, project, incident } = await setup();
    const a = await incident("A", [{}]);
    const b = await incident("B", [{ eventOrigin: "HUMAN" }, { eventOrigin: "SUGGESTED", proposed: true }]);
    await expect(
      mergeIncidents({
        actor: analyst,
        eventId: a.event.id,
        input: { version: 1, sourceId: b.event.id, sourceVersion: 7 },
      }),
    ).rejects.toMatchObject({ status: 409 });
    const merged = await mergeIncidents({
      actor: analyst,
      eventId: a.event.id,
      input: { version: 1, sourceId: b.event.id, sourceVersion: 1 },
    });
    expect(merged.movedClaimIds.sort()).toEqual([...b.claimIds].sort());
    expect(await Promise.all(b.claimIds.map(eventOf))).toEqual([
      { eventId: a.event.id, eventOrigin: "HUMAN" },
      { eventId: a.event.id, eventOrigin: "SUGGESTED" },
    ]);
    expect((await listEvents({ actor: analyst, projectId: project.id })).map((e) => e.id)).toEqual([a.event.id]);
    const view = await getEventView({ actor: analyst, eventId: a.event.id });
    expect(view.claims.map((c) => c.proposed).sort()).toEqual([false, false, true]);
    await expect(
      updateEvent({ actor: analyst, eventId: b.event.id, input: { version: 2, titleEn: "x" } }),
    ).rejects.toMatchObject({ status: 409 });

    const restored = await unmergeIncident({ actor: analyst, eventId: b.event.id, input: { version: 2 } });
    expect(restored.restoredClaimIds.sort()).toEqual([...b.claimIds].sort());
    expect(await Promise.all(b.claimIds.map(eventOf))).toEqual([
      { eventId: b.event.id, eventOrigin: "HUMAN" },
      { eventId: b.event.id, eventOrigin: "SUGGESTED" },
    ]);
    expect(await eventOf(a.claimIds[0]!)).toMatchObject({ eventId: a.event.id });
    expect((await listEvents({ actor: analyst, projectId: project.id })).map((e) => e.id).sort()).toEqual(
      [a.event.id, b.event.id].sort(),
    );
  });

  it("refuses merging across projects or into itself", async () => {
    const { analyst, incident } = await setup();
    const other = await setup();
    const a = await incident("A", [{}]);
    const foreign = await other.incident("F", [{}]);
    await expect(
      mergeIncidents({
        actor: analyst,
        eventId: a.event.id,
        input: { version: 1, sourceId: foreign.event.id, sourceVersion: 1 },
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      mergeIncidents({
        actor: analyst,
        eventId: a.event.id,
        input: { version: 1, sourceId: a.event.id, sourceVersion: 1 },
      }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("splits chosen claims out to a new incident, once per client id", async () => {
    const { analyst, incident } = await setup();
    const a = await incident("Two attacks", [{}, {}, {}]);
    const id = randomUUID();
    const split = await splitIncident({
      actor: analyst,
      eventId: a.event.id,
      input: { version: 1, id, claimIds: [a.claimIds[2]!], titleEn: "Second attack" },
    });
    expect(split).toMatchObject({ id, created: true, status: "PROPOSED", origin: "HUMAN", titleEn: "Second attack" });
    expect(await eventOf(a.claimIds[2]!)).toEqual({ eventId: id, eventOrigin: "HUMAN" });
    expect(await eventOf(a.claimIds[0]!)).toEqual({ eventId: a.event.id, eventOrigin: "SUGGESTED" });
    expect(
      await splitIncident({
        actor: analyst,
        eventId: a.event.id,
        input: { version: 1, id, claimIds: [a.claimIds[2]!] },
      }),
    ).toMatchObject({ id, created: false });
    await expect(
      splitIncident({ actor: analyst, eventId: a.event.id, input: { version: 2, claimIds: [randomUUID()] } }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it("under independent annotation, splits out only claims the analyst may read", async () => {
    const { analyst, project, incident } = await setup();
    const other = await makeUser();
    await db.membership.create({ data: { projectId: project.id, userId: other.id, role: "ANALYST" } });
    await db.project.update({ where: { id: project.id }, data: { independentAnnotation: true } });
    const a = await incident("Two analysts' claims", [{}, {}]);
    await db.claim.update({ where: { id: a.claimIds[0]! }, data: { authorId: analyst.id } });
    await db.claim.update({ where: { id: a.claimIds[1]! }, data: { authorId: other.id } });
    await expect(
      splitIncident({ actor: analyst, eventId: a.event.id, input: { version: 1, claimIds: [a.claimIds[1]!] } }),
    ).rejects.toMatchObject({ status: 400, details: { claimIds: [a.claimIds[1]] } });
    expect(await eventOf(a.claimIds[1]!)).toEqual({ eventId: a.event.id, eventOrigin: "SUGGESTED" });
    const own = await splitIncident({
      actor: analyst,
      eventId: a.event.id,
      input: { version: 1, claimIds: [a.claimIds[0]!] },
    });
    expect(own).toMatchObject({ created: true, movedClaimIds: [a.claimIds[0]] });
  });

  it("rejects: releases the claims, keeps the row, and clustering sees the grouping as rejected", async () => {
    const { analyst, project, incident } = await setup();
    const a = await incident("Not one incident", [{}, { eventOrigin: "HUMAN" }]);
    const rejected = await rejectIncident({
      actor: analyst,
      eventId: a.event.id,
      input: { version: 1, reason: "two different attacks" },
    });
    expect(rejected).toMatchObject({ status: "REJECTED" });
    expect((await Promise.all(a.claimIds.map(eventOf))).map((c) => c.eventId)).toEqual([null, null]);
    expect(await db.event.findUnique({ where: { id: a.event.id }, select: { status: true } })).toEqual({
      status: "REJECTED",
    });
    expect(await listEvents({ actor: analyst, projectId: project.id })).toEqual([]);
    expect((await listEvents({ actor: analyst, projectId: project.id, status: "REJECTED" })).map((e) => e.id)).toEqual([
      a.event.id,
    ]);
    const groupings = await getRejectedGroupings(project.id);
    expect(repeatsRejected([a.claimIds[0]!, a.claimIds[1]!, randomUUID()], groupings)).toBe(true);
    expect(repeatsRejected([a.claimIds[0]!, randomUUID()], groupings)).toBe(false);
    await expect(confirmIncident({ actor: analyst, eventId: a.event.id, input: { version: 2 } })).rejects.toMatchObject(
      { status: 409 },
    );
    const b = await incident("Confirmed", [{}]);
    await confirmIncident({ actor: analyst, eventId: b.event.id, input: { version: 1 } });
    await expect(rejectIncident({ actor: analyst, eventId: b.event.id, input: { version: 2 } })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("hides another project's incident behind 404", async () => {
    const { incident } = await setup();
    const stranger = (await setup()).analyst;
    const a = await incident("A", [{}]);
    await expect(
      confirmIncident({ actor: stranger, eventId: a.event.id, input: { version: 1 } }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(getIncidentLedger({ actor: stranger, eventId: a.event.id })).rejects.toMatchObject({ status: 404 });
  });
});

describe("incident ledger and grade", () => {
  it("builds the ledger from the incident's claims and links, and a reviewer grades it (versioned, audited)", async () => {
    const { analyst, reviewer, incident } = await setup();
    const a = await incident("Attack", [
      { sourceText: "الحشد الشعبي", sourceType: "OFFICIAL", killed: 1 },
      { sourceText: "مصدر طبي", sourceType: "LOCAL", killed: 3, article: 1, proposed: true },
    ]);
    const ledger = await getIncidentLedger({ actor: analyst, eventId: a.event.id });
    expect(ledger.rows.map((r) => [r.sourceLabel, r.publishedAt, r.killed?.bounds, r.proposed])).toEqual([
      ["الحشد الشعبي", "2023-12-09", { min: 1, max: 1 }, false],
      ["مصدر طبي", "2023-12-11", { min: 3, max: 3 }, true],
    ]);
    expect(ledger.categories).toEqual([
      {
        category: "civilian",
        killed: { reported: { min: 1, max: 3 }, acrossSources: { min: 1, max: 3 } },
        injured: { reported: null, acrossSources: null },
      },
    ]);
    // The later, higher toll is an update: an official source reports harm.
    expect(ledger.proposedGrade.grade).toBe("CONFIRMED");

    await db.claimLink.create({
      data: {
        id: randomUUID(),
        projectId: a.event.projectId,
        fromClaimId: a.claimIds[0]!,
        toClaimId: a.claimIds[1]!,
        pairKey: [...a.claimIds].sort().join(":"),
        relation: "CONTRADICTS",
      },
    });
    expect((await getIncidentLedger({ actor: analyst, eventId: a.event.id })).proposedGrade).toEqual({
      grade: "CONTESTED",
      reasons: [{ code: "contradicting_links", count: 1 }],
    });

    await expect(
      setIncidentGrade({
        actor: analyst,
        eventId: a.event.id,
        input: { version: 1, grade: "CONTESTED", rationale: "figures differ" },
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      setIncidentGrade({
        actor: reviewer,
        eventId: a.event.id,
        input: { version: 1, grade: "CONTESTED", rationale: " " },
      }),
    ).rejects.toThrow(/rationale/);
    const graded = await setIncidentGrade({
      actor: reviewer,
      eventId: a.event.id,
      input: { version: 1, grade: "CONTESTED", rationale: "The PMF says one, the hospital three." },
    });
    expect(graded).toMatchObject({ grade: "CONTESTED", gradedById: reviewer.id, version: 2 });
    await expect(
      setIncidentGrade({
        actor: reviewer,
        eventId: a.event.id,
        input: { version: 1, grade: "DISCOUNTED", rationale: "stale" },
      }),
    ).rejects.toMatchObject({ status: 409 });
    const after = await getIncidentLedger({ actor: analyst, eventId: a.event.id });
    expect(after.incident).toMatchObject({
      grade: "CONTESTED",
      gradeRationale: "The PMF says one, the hospital three.",
      gradedBy: reviewer.name,
    });
    expect(await db.auditEvent.count({ where: { entityId: a.event.id, action: "incident.grade" } })).toBe(1);
  });

  it("serves the ledger and the grade through the API, matching the documented schema", async () => {
    const { reviewer, analyst, incident } = await setup();
    const a = await incident("Attack", [{ killed: 2 }, { killed: 2, article: 1 }]);
    const { token } = await createApiToken({ actor: reviewer, input: { name: "test" } });
    const context = { params: Promise.resolve({ id: a.event.id }) };
    const auth = { authorization: `Bearer ${token}` };
    const response = await getLedgerRoute(
      new NextRequest(`http://test/api/v1/events/${a.event.id}/ledger`, { headers: auth }),
      context,
    );
    expect(response.status).toBe(200);
    const body = ZIncidentLedger.parse(await response.json());
    expect(body).toMatchObject({
      claimCount: 2,
      proposedGrade: { grade: "FAIR" },
      incident: { id: a.event.id, status: "PROPOSED", grade: null },
    });

    const put = (json: unknown, headers: Record<string, string> = auth) =>
      putGradeRoute(
        new NextRequest(`http://test/api/v1/events/${a.event.id}/grade`, {
          method: "PUT",
          headers: { ...headers, "content-type": "application/json" },
          body: JSON.stringify(json),
        }),
        context,
      );
    expect((await put({ version: 1, grade: "FAIR", rationale: "Two outlets agree." })).status).toBe(200);
    const stale = await put({ version: 1, grade: "WEAK", rationale: "again" });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: { code: "conflict", details: { current: { grade: "FAIR", version: 2 } } },
    });
    const analystToken = (await createApiToken({ actor: analyst, input: { name: "analyst" } })).token;
    expect(
      (await put({ version: 2, grade: "WEAK", rationale: "x" }, { authorization: `Bearer ${analystToken}` })).status,
    ).toBe(403);
  });
});

describe("incidents export", () => {
  async function exported(
    actor: Parameters<typeof exportProject>[0]["actor"],
    projectId: string,
    includeProposed: boolean,
  ) {
    const prepared = await exportProject({ actor, projectId, query: { format: "incidents", includeProposed } });
    const chunks: Uint8Array[] = [];
    for await (const chunk of prepared.chunks()) chunks.push(chunk);
    const files = unzipSync(Buffer.concat(chunks));
    const rows = (name: string) =>
      strFromU8(files[name]!)
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n")
        .slice(1);
    return { prepared, incidents: rows("incidents.csv"), sources: rows("sources.csv"), figures: rows("figures.csv") };
  }

  it("exports the ledgers of live incidents, accepted claims only unless proposed ones are asked for", async () => {
    const { admin, analyst, project, incident } = await setup();
    const a = await incident("Kept", [
      { sourceText: "مصدر طبي", sourceType: "LOCAL" },
      { proposed: true, article: 1 },
    ]);
    const rejected = await incident("Rejected", [{}]);
    await rejectIncident({ actor: analyst, eventId: rejected.event.id, input: { version: 1 } });
    await expect(
      exportProject({ actor: analyst, projectId: project.id, query: { format: "incidents" } }),
    ).rejects.toMatchObject({ status: 403 });

    const accepted = await exported(admin, project.id, false);
    expect(accepted.prepared).toMatchObject({ contentType: "application/zip", totalArticles: 1 });
    expect(accepted.prepared.filename).toMatch(/\.incidents\.zip$/);
    expect(accepted.incidents.map((r) => r.split(",")[0])).toEqual([a.event.id]);
    expect(accepted.figures.map((r) => r.split(",")[1])).toEqual([a.claimIds[0]]);
    expect(accepted.sources).toHaveLength(1);

    const all = await exported(admin, project.id, true);
    expect(all.figures.map((r) => r.split(",")[1]).sort()).toEqual([...a.claimIds].sort());
    expect(all.figures.map((r) => r.split(",").at(-1)).sort()).toEqual(["false", "true"]);
    expect(all.sources).toHaveLength(2);
  });
});
