import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { importArticles } from "../articles/import-articles";
import { createClaim } from "../claims/create-claim";
import { updateClaim } from "../claims/update-claim";
import { createEvent } from "../events/create-event";
import { getEventView } from "../events/get-event-view";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { listVerdicts } from "../verdicts/list-verdicts";
import { recordVerdict } from "../verdicts/record-verdict";
import { withdrawVerdict } from "../verdicts/withdraw-verdict";
import { createLink } from "./create-link";
import { getProjectOverview } from "./get-project-overview";
import { listReviewQueue } from "./list-review-queue";
import { reviewLink } from "./review-link";
import { searchClaims } from "./search-claims";

async function corpusProject() {
  const analyst = await makeUser();
  const reviewer = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  const summary = await importArticles({ actor: admin, projectId: project.id, sources: await loadSampleCorpus() });
  const articles = await Promise.all(
    summary.results.map((r) => db.article.findUniqueOrThrow({ where: { id: r.articles[0]!.id } })),
  );
  const byPrefix = (n: string) => articles[Number(n)]!;
  const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "claim" } });
  /** A span on `phrase` (the n-th occurrence) and a claim on it. */
  async function claimOn(
    actor: ActingUser,
    article: { id: string; text: string },
    phrase: string,
    input: Record<string, unknown>,
  ) {
    const start = article.text.indexOf(phrase);
    if (start < 0) throw new Error(`phrase not in article: ${phrase}`);
    const { span } = await createSpan({
      actor,
      articleId: article.id,
      input: { id: randomUUID(), labelId: label.id, start, end: start + phrase.length, quote: phrase },
    });
    const { claim } = await createClaim({
      actor,
      articleId: article.id,
      input: { id: randomUUID(), claimSpanId: span.id, kind: "OTHER", ...input },
    });
    return claim;
  }
  return { analyst, reviewer, project, a: byPrefix, claimOn };
}

const attacks = "attacks on US forces";

describe("cross-article links", () => {
  it("suggests the attack counts 84, 92 and more than 150 as updates, not contradictions", async () => {
    const { analyst, project, a, claimOn } = await corpusProject();
    const c84 = await claimOn(analyst, a("0"), "لما لا يقل عن 84 مرة منذ 17 أكتوبر/تشرين الأول", {
      kind: "COUNT",
      figures: { thing: attacks, value: { qualifier: "at_least", value: 84 }, since: "2023-10-17" },
    });
    const c92 = await claimOn(analyst, a("1"), "92 هجوماً ضدّ قواتها في العراق وسوريا", {
      kind: "COUNT",
      figures: { thing: attacks, value: { value: 92 }, since: "2023-10-17" },
    });
    const c150 = await claimOn(analyst, a("3"), "أكثر من 150 هجوماً", {
      kind: "COUNT",
      figures: { thing: attacks, value: { qualifier: "more_than", value: 150 } },
    });
    const queue = await listReviewQueue({ actor: analyst, projectId: project.id });
    const pairs = queue.map((l) => [l.from.id, l.to.id, l.relation, l.origin]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        [c84.id, c92.id, "UPDATES", "SUGGESTED"],
        [c84.id, c150.id, "UPDATES", "SUGGESTED"],
        [c92.id, c150.id, "UPDATES", "SUGGESTED"],
      ]),
    );
    expect(queue.filter((l) => l.relation === "CONTRADICTS")).toHaveLength(0);
    const update = queue.find((l) => l.from.id === c84.id && l.to.id === c92.id)!;
    expect(update.reason).toBe(
      "Running count of «attacks on US forces»: at least 84 as of 2023-12-09 → 92 as of 2023-12-11",
    );
    expect(update.reasonCode).toBe("tally_update");
    expect(update.from.sentence).toContain("لما لا يقل عن 84 مرة");
    expect(update.to.article.publishedAt?.toISOString().slice(0, 10)).toBe("2023-12-11");
  });

  it("finds the Telegram quote that 000 and 001 both carry as agreement, and withdraws it when the quote changes", async () => {
    const { analyst, project, a, claimOn } = await corpusProject();
    const q000 = await claimOn(
      analyst,
      a("0"),
      "عملياتنا الجهاديـة ضد الاحتلال الأمريكي ستستمر حتى إخراج آخر جندي له مـن أرض العراق",
      { kind: "STATEMENT" },
    );
    const q001 = await claimOn(
      analyst,
      a("1"),
      "عملياتنا الجهادية ضد الاحتلال الأميركي ستستمر حتى إخراج آخر جندي له من أرض العراق",
      { kind: "STATEMENT" },
    );
    const [link] = await listReviewQueue({ actor: analyst, projectId: project.id });
    expect(link).toMatchObject({
      relation: "AGREES",
      origin: "SUGGESTED",
      reason: expect.stringContaining("same quote"),
    });
    expect([link!.from.id, link!.to.id].sort()).toEqual([q000.id, q001.id].sort());
    // Point the 001 claim at another sentence: the suggestion no longer holds and is withdrawn.
    const other = a("1").text.indexOf("بدون أن يسفر عن ضحايا");
    const { span } = await createSpan({
      actor: analyst,
      articleId: a("1").id,
      input: {
        id: randomUUID(),
        labelId: (await db.label.findFirstOrThrow({ where: { projectId: project.id } })).id,
        start: other,
        end: other + 21,
        quote: a("1").text.slice(other, other + 21),
      },
    });
    await updateClaim({ actor: analyst, claimId: q001.id, input: { version: q001.version, claimSpanId: span.id } });
    expect(await listReviewQueue({ actor: analyst, projectId: project.id })).toHaveLength(0);
  });

  it("lets a reviewer confirm the embassy contradiction an analyst linked, and record a verdict on the event", async () => {
    const { analyst, reviewer, project, a, claimOn } = await corpusProject();
    const embassy = await createEvent({
      actor: analyst,
      projectId: project.id,
      input: {
        titleEn: "Attack on the US embassy in Baghdad",
        titleAr: "الهجوم على السفارة الأمريكية في بغداد",
        occurredOn: "2023-12-08",
        place: "Baghdad",
      },
    });
    const mortars = await claimOn(analyst, a("0"), "نحو سبع قذائف مورتر سقطت على مجمع السفارة الأمريكية في بغداد", {
      kind: "EVENT",
      eventId: embassy.id,
    });
    const rockets = await claimOn(analyst, a("1"), "واستُهدفت الجمعة السفارة الأميركية في بغداد بعدة صواريخ", {
      kind: "EVENT",
      eventId: embassy.id,
    });
    const found = await searchClaims({
      actor: analyst,
      projectId: project.id,
      q: "السفارة الامريكية",
      excludeArticleId: a("0").id,
    });
    expect(found.map((c) => c.id)).toEqual([rockets.id]);
    const link = await createLink({
      actor: analyst,
      projectId: project.id,
      input: {
        id: randomUUID(),
        fromClaimId: mortars.id,
        toClaimId: rockets.id,
        relation: "CONTRADICTS",
        note: "mortar rounds vs rockets",
      },
    });
    await expect(
      reviewLink({ actor: analyst, linkId: link.id, input: { action: "confirm", version: link.version } }),
    ).rejects.toMatchObject({ status: 403 });
    const [queued] = await listReviewQueue({ actor: reviewer, projectId: project.id });
    expect(queued).toMatchObject({
      id: link.id,
      relation: "CONTRADICTS",
      from: { id: mortars.id },
      to: { id: rockets.id },
    });
    const confirmed = await reviewLink({
      actor: reviewer,
      linkId: link.id,
      input: { action: "confirm", version: link.version, reason: "weapon type differs" },
    });
    expect(confirmed).toMatchObject({ state: "CONFIRMED", reviewer: { id: reviewer.id } });
    expect(await listReviewQueue({ actor: reviewer, projectId: project.id })).toHaveLength(0);
    const verdict = await recordVerdict({
      actor: reviewer,
      projectId: project.id,
      input: {
        eventId: embassy.id,
        value: "DISPUTED",
        rationale: "Sources disagree on the weapons used.",
        evidenceClaimIds: [mortars.id, rockets.id],
      },
    });
    expect((await getEventView({ actor: analyst, eventId: embassy.id })).verdicts.map((v) => v.id)).toEqual([
      verdict.id,
    ]);
    await withdrawVerdict({ actor: reviewer, verdictId: verdict.id });
    expect(await listVerdicts({ actor: analyst, projectId: project.id })).toHaveLength(0);
    const reopened = await reviewLink({
      actor: reviewer,
      linkId: link.id,
      input: { action: "reopen", version: confirmed.version },
    });
    expect(reopened.state).toBe("OPEN");
    const actions = (await db.auditEvent.findMany({ where: { entityId: link.id }, orderBy: { createdAt: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["link.create", "link.confirm", "link.reopen"]);
    const overview = await getProjectOverview({ actor: analyst, projectId: project.id });
    expect(overview.pairs).toEqual([expect.objectContaining({ contradicts: 1, confirmed: 0 })]);
  });

  it("marks casualty figures of one event that cannot both be true", async () => {
    const { analyst, project, a, claimOn } = await corpusProject();
    const strikes = await createEvent({
      actor: analyst,
      projectId: project.id,
      input: { titleEn: "US strikes on Kataib Hezbollah sites", occurredOn: "2024-01-24" },
    });
    const pmf = await claimOn(analyst, a("3"), "أدى إلى مقتل عنصر وإصابة اثنين آخرين", {
      kind: "CASUALTY",
      eventId: strikes.id,
      figures: { killed: { value: 1 }, injured: { value: 2 } },
    });
    const reuters = await claimOn(analyst, a("3"), "قتلت مسلحين اثنين على الأقل وأصابت أربعة أشخاص آخرين", {
      kind: "CASUALTY",
      eventId: strikes.id,
      figures: { killed: { qualifier: "at_least", value: 2 }, injured: { qualifier: "at_least", value: 4 } },
    });
    const view = await getEventView({ actor: analyst, eventId: strikes.id });
    expect(Object.fromEntries(view.claims.map((c) => [c.id, c.disagreements]))).toEqual({
      [pmf.id]: ["killed", "injured"],
      [reuters.id]: ["killed", "injured"],
    });
    // Both claims come from the same article, so no cross-article suggestion is made for them.
    expect(await listReviewQueue({ actor: analyst, projectId: project.id })).toHaveLength(0);
  });

  it("places each figure on the overview's timeline by its own date, its article's, else the event's, and lists those it cannot place", async () => {
    const { analyst, project, a, claimOn } = await corpusProject();
    const dated = await createEvent({
      actor: analyst,
      projectId: project.id,
      input: { titleEn: "Strikes with a date", occurredOn: "2024-01-24" },
    });
    const undated = await createEvent({ actor: analyst, projectId: project.id, input: { titleEn: "Undated" } });
    // The sample articles carry publication dates; take them away from one to see the fallbacks.
    await db.article.update({ where: { id: a("3").id }, data: { publishedAt: null } });
    const own = await claimOn(analyst, a("1"), "92 هجوماً ضدّ قواتها في العراق وسوريا", {
      kind: "COUNT",
      eventId: dated.id,
      figures: { thing: attacks, value: { value: 92 }, asOf: "2024-01-20" },
    });
    const byEvent = await claimOn(analyst, a("3"), "أدى إلى مقتل عنصر وإصابة اثنين آخرين", {
      kind: "CASUALTY",
      eventId: dated.id,
      figures: { killed: { value: 1 }, injured: { value: 2 } },
    });
    const nowhere = await claimOn(analyst, a("3"), "أدى إلى مقتل عنصر وإصابة اثنين آخرين", {
      kind: "CASUALTY",
      eventId: undated.id,
      figures: { killed: { value: 1 } },
    });
    const overview = await getProjectOverview({ actor: analyst, projectId: project.id });
    const points = new Map(overview.timelines.flatMap((t) => t.points).map((p) => [p.claimId, p]));
    expect(points.get(own.id)).toMatchObject({ date: "2024-01-20", placedBy: "as_of" });
    expect(points.get(byEvent.id)).toMatchObject({ date: "2024-01-24", placedBy: "event" });
    expect(points.get(nowhere.id)).toMatchObject({ date: null, placedBy: null });
    const article1 = a("1");
    const withArticleDate = await claimOn(analyst, a("1"), "92 هجوماً ضدّ قواتها في العراق وسوريا", {
      kind: "COUNT",
      eventId: undated.id,
      figures: { thing: attacks, value: { value: 92 } },
    });
    const again = await getProjectOverview({ actor: analyst, projectId: project.id });
    expect(again.timelines.flatMap((t) => t.points).find((p) => p.claimId === withArticleDate.id)).toMatchObject({
      date: article1.publishedAt!.toISOString().slice(0, 10),
      placedBy: "article",
    });
  });

  it("puts both claims on an event when the link is made, an existing one or a new one, in one step", async () => {
    const { analyst, project, a, claimOn } = await corpusProject();
    const mortars = await claimOn(analyst, a("0"), "نحو سبع قذائف مورتر سقطت على مجمع السفارة الأمريكية في بغداد", {
      kind: "EVENT",
    });
    const rockets = await claimOn(analyst, a("1"), "واستُهدفت الجمعة السفارة الأميركية في بغداد بعدة صواريخ", {
      kind: "EVENT",
    });
    const link = await createLink({
      actor: analyst,
      projectId: project.id,
      input: {
        id: randomUUID(),
        fromClaimId: mortars.id,
        toClaimId: rockets.id,
        relation: "CONTRADICTS",
        event: { titleEn: "Attack on the US embassy", occurredOn: "2023-12-08" },
      },
    });
    const moved = await db.claim.findMany({
      where: { id: { in: [mortars.id, rockets.id] } },
      select: { eventId: true, version: true },
    });
    const eventId = moved[0]!.eventId;
    expect(eventId).not.toBeNull();
    expect(moved).toEqual([
      { eventId, version: mortars.version + 1 },
      { eventId, version: rockets.version + 1 },
    ]);
    expect(await db.event.findUniqueOrThrow({ where: { id: eventId! } })).toMatchObject({
      projectId: project.id,
      titleEn: "Attack on the US embassy",
    });
    const audit = await db.auditEvent.findMany({
      where: { entityId: { in: [link.id, mortars.id, rockets.id, eventId!] } },
      select: { action: true },
    });
    expect(audit.map((e) => e.action).sort()).toEqual(
      ["claim.create", "claim.create", "claim.update", "claim.update", "event.create", "link.create"].sort(),
    );

    // An event of another project is not found, and nothing is stored.
    const other = await corpusProject();
    const foreign = await createEvent({
      actor: other.analyst,
      projectId: other.project.id,
      input: { titleEn: "Elsewhere" },
    });
    const third = await claimOn(analyst, a("3"), "أدى إلى مقتل عنصر وإصابة اثنين آخرين", { kind: "EVENT" });
    // (Clustering may already have proposed an incident for it: that stays as it is.)
    const thirdEvent = (await db.claim.findUniqueOrThrow({ where: { id: third.id } })).eventId;
    await expect(
      createLink({
        actor: analyst,
        projectId: project.id,
        input: {
          id: randomUUID(),
          fromClaimId: third.id,
          toClaimId: rockets.id,
          relation: "RELATED",
          event: { id: foreign.id },
        },
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await db.claimLink.count({ where: { OR: [{ fromClaimId: third.id }, { toClaimId: third.id }] } })).toBe(0);
    expect((await db.claim.findUniqueOrThrow({ where: { id: third.id } })).eventId).toBe(thirdEvent);
    // An existing event by id.
    await createLink({
      actor: analyst,
      projectId: project.id,
      input: {
        id: randomUUID(),
        fromClaimId: third.id,
        toClaimId: rockets.id,
        relation: "RELATED",
        event: { id: eventId! },
      },
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: third.id } })).eventId).toBe(eventId);
  });

  it("never shows another project's claims or links", async () => {
    const mine = await corpusProject();
    const theirs = await corpusProject();
    const c = await theirs.claimOn(theirs.analyst, theirs.a("3"), "أكثر من 150 هجوماً", {
      kind: "COUNT",
      figures: { thing: attacks, value: { qualifier: "more_than", value: 150 } },
    });
    await mine.claimOn(mine.analyst, mine.a("1"), "92 هجوماً ضدّ قواتها في العراق وسوريا", {
      kind: "COUNT",
      figures: { thing: attacks, value: { value: 92 } },
    });
    expect(await listReviewQueue({ actor: mine.analyst, projectId: mine.project.id })).toHaveLength(0);
    expect(await searchClaims({ actor: mine.analyst, projectId: mine.project.id, q: "هجوما" })).toHaveLength(1);
    await expect(
      createLink({
        actor: mine.analyst,
        projectId: mine.project.id,
        input: { id: randomUUID(), fromClaimId: c.id, toClaimId: c.id, relation: "AGREES" },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(listReviewQueue({ actor: mine.analyst, projectId: theirs.project.id })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("event view", () => {
  it("does not mark counts taken at different dates as disagreeing", async () => {
    const { analyst, project, a, claimOn } = await corpusProject();
    const campaign = await createEvent({
      actor: analyst,
      projectId: project.id,
      input: { titleEn: "Attacks on US forces since 17 Oct 2023" },
    });
    const c84 = await claimOn(analyst, a("0"), "لما لا يقل عن 84 مرة منذ 17 أكتوبر/تشرين الأول", {
      kind: "COUNT",
      eventId: campaign.id,
      figures: { thing: attacks, value: { qualifier: "at_least", value: 84 } },
    });
    const c92 = await claimOn(analyst, a("1"), "92 هجوماً ضدّ قواتها في العراق وسوريا", {
      kind: "COUNT",
      eventId: campaign.id,
      figures: { thing: attacks, value: { value: 92 } },
    });
    const sameDay = await claimOn(analyst, a("3"), "أكثر من 150 هجوماً", {
      kind: "COUNT",
      eventId: campaign.id,
      figures: { thing: attacks, value: { value: 40 }, asOf: "2023-12-11" },
    });
    const view = await getEventView({ actor: analyst, eventId: campaign.id });
    expect(Object.fromEntries(view.claims.map((c) => [c.id, c.disagreements]))).toEqual({
      [c84.id]: [],
      [c92.id]: ["value"],
      [sameDay.id]: ["value"],
    });
  });
});
