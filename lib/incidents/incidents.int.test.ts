import { describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { listReviewQueue } from "../links/list-review-queue";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { acceptSuggestion } from "../suggestions/accept-suggestion";
import { loadEntitiesForMatching } from "../suggestions/load-entities-for-matching";
import { refreshArticleSuggestions } from "../suggestions/refresh-article-suggestions";
import { rejectSuggestion } from "../suggestions/reject-suggestion";
import { decideSuggestionsOfKind } from "../suggestions/decide-suggestions-of-kind";
import { makeProject, makeUser } from "../testing/factories";
import { proposeIncidentsForArticles } from "./propose-incidents";
import { rejectIncident } from "./reject-incident";
import { seedGazetteerPlaces } from "./seed-gazetteer";
import { createClaim } from "../claims/create-claim";
import { createSpan } from "../spans/create-span";

/** The sample corpus as a fresh start leaves it: imported, suggestions run, incidents and links proposed — nothing accepted. */
async function startedSample() {
  const reviewer = await makeUser();
  const { project, admin } = await makeProject([{ user: reviewer, role: "REVIEWER" }]);
  const sources = await loadSampleCorpus();
  // As the first start does: the places the sample names are the project's gazetteer.
  await seedGazetteerPlaces({
    actor: admin,
    projectId: project.id,
    texts: sources.flatMap((s) => (s.ok ? s.drafts.map((d) => d.text) : [])),
  });
  const summary = await importArticles({ actor: admin, projectId: project.id, sources });
  const articleIds = summary.results.map((r) => r.articles[0]!.id);
  const entities = await loadEntitiesForMatching(project.id);
  for (const id of articleIds) await refreshArticleSuggestions(id, { entities });
  await proposeIncidentsForArticles(project.id, articleIds, null);
  const texts = new Map(
    (await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true } })).map((a) => [
      a.id,
      a.title,
    ]),
  );
  return { reviewer, project, articleIds, texts };
}

describe("incident and link proposals before anyone accepts anything", () => {
  it("puts the three sample conflicts in the reviewers' queue, with machine-proposed claims located in their articles", async () => {
    const { reviewer, project, articleIds } = await startedSample();
    const queue = await listReviewQueue({ actor: reviewer, projectId: project.id });
    const [a000, a001, , a003] = articleIds;
    const find = (relation: string, from: string, fromQuote: RegExp, to: string, toQuote: RegExp) =>
      queue.find(
        (l) =>
          l.relation === relation &&
          [
            [l.from, l.to],
            [l.to, l.from],
          ].some(
            ([x, y]) =>
              x!.articleId === from && fromQuote.test(x!.quote) && y!.articleId === to && toQuote.test(y!.quote),
          ),
      );

    const weapons = find("CONTRADICTS", a000!, /سبع قذائف/u, a001!, /عدة صواريخ/u);
    expect(weapons?.reasonCode).toBe("weapon_differs");
    expect(weapons?.reason).toContain("mortar");
    expect(find("UPDATES", a000!, /84/u, a001!, /92/u)?.reasonCode).toBe("tally_update");
    expect(find("UPDATES", a001!, /92/u, a003!, /150/u)?.reasonCode).toBe("tally_update");
    expect(find("UPDATES", a000!, /84/u, a003!, /150/u)).toBeDefined();
    const medical = find("CONTRADICTS", a003!, /مقتل عنصر/u, a003!, /مسلحين اثنين/u);
    expect(medical?.reasonCode).toBe("sources_disagree");

    for (const l of [weapons!, medical!]) {
      for (const c of [l.from, l.to]) {
        expect(c.proposed).toBe(true);
        expect(c.start).not.toBeNull();
        const article = await db.article.findUniqueOrThrow({ where: { id: c.articleId }, select: { text: true } });
        expect(article.text.slice(c.start!, c.end!)).toBe(c.quote);
        expect(c.sentence).toContain(c.quote);
      }
    }
    // The embassy attack is one proposed incident holding both reports' figures.
    const embassy = await db.claim.findFirstOrThrow({
      where: { id: weapons!.from.id },
      select: { event: { select: { status: true, origin: true, titleEn: true, occurredOn: true } } },
    });
    expect(embassy.event).toMatchObject({ status: "PROPOSED", origin: "SUGGESTED" });
    expect(embassy.event?.occurredOn?.toISOString().slice(0, 10)).toBe("2023-12-08");
    // Machine-proposed claims stay out of the analysts' claim lists until accepted.
    expect(await db.claim.count({ where: { projectId: project.id, proposed: false } })).toBe(0);
  });

  it("keeps a proposed link when its suggestion is accepted and withdraws it when the suggestion is rejected", async () => {
    const { reviewer, project, articleIds } = await startedSample();
    const queue = await listReviewQueue({ actor: reviewer, projectId: project.id });
    const weapons = queue.find((l) => l.reasonCode === "weapon_differs")!;
    const [first, second] = await Promise.all(
      [weapons.from, weapons.to].map((c) => db.suggestion.findFirstOrThrow({ where: { claimId: c.id } })),
    );

    await acceptSuggestion({ actor: reviewer, suggestionId: first!.id });
    const accepted = await db.claim.findUniqueOrThrow({
      where: { id: weapons.from.id },
      select: { proposed: true, claimSpanId: true, sourceText: true, provenance: true },
    });
    expect(accepted.proposed).toBe(false);
    expect(accepted.claimSpanId).not.toBeNull();
    expect(accepted.provenance).not.toBeNull();
    const after = await listReviewQueue({ actor: reviewer, projectId: project.id });
    const kept = after.find((l) => l.id === weapons.id);
    expect(kept?.relation).toBe("CONTRADICTS");
    expect(kept?.from.proposed).toBe(false);
    expect(kept?.to.proposed).toBe(true);

    await rejectSuggestion({ actor: reviewer, suggestionId: second!.id });
    const final = await listReviewQueue({ actor: reviewer, projectId: project.id });
    expect(final.find((l) => l.id === weapons.id)).toBeUndefined();
    expect(articleIds).toHaveLength(5);
  });

  it("never regroups what an analyst rejected, and never moves a placed claim when proposals run again", async () => {
    const { reviewer, project, articleIds } = await startedSample();
    const queue = await listReviewQueue({ actor: reviewer, projectId: project.id });
    const weapons = queue.find((l) => l.reasonCode === "weapon_differs")!;
    const embassy = (
      await db.claim.findUniqueOrThrow({
        where: { id: weapons.from.id },
        select: { event: { select: { id: true, version: true } } },
      })
    ).event!;
    const placed = await db.claim.findMany({
      where: { projectId: project.id, eventId: { not: null } },
      select: { id: true, eventId: true },
    });

    await rejectIncident({
      actor: reviewer,
      eventId: embassy.id,
      input: { version: embassy.version, reason: "two attacks, not one" },
    });
    await proposeIncidentsForArticles(project.id, articleIds, null);

    const [mortars, rockets] = await Promise.all(
      [weapons.from.id, weapons.to.id].map((id) =>
        db.claim.findUniqueOrThrow({ where: { id }, select: { eventId: true } }),
      ),
    );
    expect(mortars!.eventId === null || mortars!.eventId !== rockets!.eventId).toBe(true);
    expect(await db.event.count({ where: { id: embassy.id, status: "REJECTED" } })).toBe(1);
    // Every claim placed before, outside the rejected incident, is where it was.
    const after = new Map(
      (
        await db.claim.findMany({ where: { id: { in: placed.map((c) => c.id) } }, select: { id: true, eventId: true } })
      ).map((c) => [c.id, c.eventId]),
    );
    for (const c of placed.filter((c) => c.eventId !== embassy.id)) expect(after.get(c.id)).toBe(c.eventId);
  });

  it("holds a claim an analyst makes by hand over a proposed one once: the proposal and its links are withdrawn", async () => {
    const { reviewer, project, articleIds } = await startedSample();
    const queue = await listReviewQueue({ actor: reviewer, projectId: project.id });
    const weapons = queue.find((l) => l.reasonCode === "weapon_differs")!;
    const mortars = [weapons.from, weapons.to].find((c) => c.quote.includes("سبع"))!;
    const article = await db.article.findUniqueOrThrow({
      where: { id: mortars.articleId },
      select: { id: true, text: true },
    });
    const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "count" } });
    const { span } = await createSpan({
      actor: reviewer,
      articleId: article.id,
      input: {
        id: crypto.randomUUID(),
        labelId: label.id,
        start: mortars.start!,
        end: mortars.end!,
        quote: mortars.quote,
      },
    });
    const { claim } = await createClaim({
      actor: reviewer,
      articleId: article.id,
      input: {
        id: crypto.randomUUID(),
        claimSpanId: span.id,
        kind: "COUNT",
        figures: { thing: "قذائف مورتر", value: { qualifier: "about", value: 7 } },
      },
    });

    expect(
      (await db.claim.findUniqueOrThrow({ where: { id: mortars.id }, select: { deletedAt: true } })).deletedAt,
    ).not.toBeNull();
    expect(await db.suggestion.count({ where: { claimId: mortars.id } })).toBe(0);
    const after = await listReviewQueue({ actor: reviewer, projectId: project.id });
    expect(after.filter((l) => l.from.id === mortars.id || l.to.id === mortars.id)).toHaveLength(0);
    // The analyst's claim takes the proposed one's place: in the incident, and against the other report's rockets.
    const rockets = [weapons.from, weapons.to].find((c) => c.id !== mortars.id)!;
    const contradiction = after.find(
      (l) => [l.from.id, l.to.id].sort().join() === [claim.id, rockets.id].sort().join(),
    );
    expect(contradiction).toMatchObject({ relation: "CONTRADICTS", reasonCode: "weapon_differs" });
    expect([contradiction!.from, contradiction!.to].find((c) => c.id === claim.id)!.proposed).toBe(false);
    expect(articleIds).toHaveLength(5);
  });

  it("withdraws the proposed claims and their links when an analyst rejects every suggestion of a kind", async () => {
    const { reviewer, project } = await startedSample();
    const before = await listReviewQueue({ actor: reviewer, projectId: project.id });
    const weapons = before.find((l) => l.reasonCode === "weapon_differs")!;
    const result = await decideSuggestionsOfKind({
      actor: reviewer,
      articleId: weapons.from.articleId,
      input: { kind: "COUNT", decision: "reject" },
    });
    expect(result.decided).toBeGreaterThan(0);
    const after = await listReviewQueue({ actor: reviewer, projectId: project.id });
    expect(after.find((l) => l.id === weapons.id)).toBeUndefined();
    expect(
      (await db.claim.findUniqueOrThrow({ where: { id: weapons.from.id }, select: { deletedAt: true } })).deletedAt,
    ).not.toBeNull();
  });

  it("takes claims made at once on one article without a deadlock: each is placed and linked once", async () => {
    const { reviewer, project, articleIds } = await startedSample();
    const article = await db.article.findUniqueOrThrow({
      where: { id: articleIds[3]! },
      select: { id: true, text: true },
    });
    const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "casualty" } });
    const phrase = "قتلت مسلحين اثنين على الأقل وأصابت أربعة أشخاص آخرين";
    const start = article.text.indexOf(phrase);
    const made = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const { span } = await createSpan({
          actor: reviewer,
          articleId: article.id,
          input: { id: crypto.randomUUID(), labelId: label.id, start, end: start + phrase.length, quote: phrase },
        });
        return (
          await createClaim({
            actor: reviewer,
            articleId: article.id,
            input: {
              id: crypto.randomUUID(),
              claimSpanId: span.id,
              kind: "CASUALTY",
              figures: { killed: { qualifier: "at_least", value: 2 }, injured: { value: 4 }, victims: "مسلحين" },
            },
          })
        ).claim;
      }),
    );
    const stored = await db.claim.findMany({ where: { id: { in: made.map((c) => c.id) } }, select: { eventId: true } });
    expect(stored).toHaveLength(10);
    expect(new Set(stored.map((c) => c.eventId)).size).toBe(1);
    expect(stored[0]!.eventId).not.toBeNull();
  });
});
