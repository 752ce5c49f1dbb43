import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { createClaim } from "../claims/create-claim";
import { createEvent } from "../events/create-event";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { searchClaims } from "./search-claims";

describe("searching claims to link to", () => {
  it("puts the claims of the linked claim's incident first, newest first within each group", async () => {
    const analyst = await makeUser();
    const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    const sources = (await loadSampleCorpus()).filter((s) => ["000", "001", "003"].includes(s.name.slice(0, 3)));
    const summary = await importArticles({ actor: admin, projectId: project.id, sources });
    const [a0, a1, a3] = await Promise.all(
      summary.results.map((r) => db.article.findUniqueOrThrow({ where: { id: r.articles[0]!.id } })),
    );
    const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "claim" } });
    async function claimOn(article: { id: string; text: string }, phrase: string) {
      const start = article.text.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      const { span } = await createSpan({
        actor: analyst,
        articleId: article.id,
        input: { id: randomUUID(), labelId: label.id, start, end: start + phrase.length, quote: phrase },
      });
      const { claim } = await createClaim({
        actor: analyst,
        articleId: article.id,
        input: { id: randomUUID(), claimSpanId: span.id, kind: "OTHER" },
      });
      return claim;
    }
    const embassy = await createEvent({
      actor: analyst,
      projectId: project.id,
      input: { titleEn: "Attack on the US embassy in Baghdad", titleAr: "الهجوم على السفارة الأمريكية في بغداد" },
    });
    const mortars = await claimOn(a0!, "نحو سبع قذائف مورتر سقطت على مجمع السفارة الأمريكية في بغداد");
    const rockets = await claimOn(a1!, "واستُهدفت الجمعة السفارة الأميركية في بغداد بعدة صواريخ");
    // The newest claim, of no incident: without the linked claim it would come first.
    const pmf = await claimOn(a3!, "أدى إلى مقتل عنصر وإصابة اثنين آخرين");
    // The incident grouping as clustering or an analyst would have set it.
    await db.claim.updateMany({ where: { id: { in: [mortars.id, rockets.id] } }, data: { eventId: embassy.id } });
    await db.claim.update({ where: { id: pmf.id }, data: { eventId: null } });

    const plain = await searchClaims({ actor: analyst, projectId: project.id, excludeArticleId: a0!.id });
    expect(plain.map((c) => c.id)).toEqual([pmf.id, rockets.id]);
    const near = await searchClaims({
      actor: analyst,
      projectId: project.id,
      excludeArticleId: a0!.id,
      nearClaimId: mortars.id,
    });
    expect(near.map((c) => c.id)).toEqual([rockets.id, pmf.id]);
    // Text still narrows: «الامريكية» finds «الأميركية», and the incident mate stays first.
    const typed = await searchClaims({
      actor: analyst,
      projectId: project.id,
      q: "السفارة الامريكية",
      nearClaimId: mortars.id,
    });
    expect(typed.map((c) => c.id)).toEqual([rockets.id]);
    // A claim of another project as nearClaimId changes nothing.
    const { project: other } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    expect(
      (await searchClaims({ actor: analyst, projectId: other.id, nearClaimId: mortars.id })).map((c) => c.id),
    ).toEqual([]);

    // A number finds the claims that report it as a figure, in digits or words, whatever their words.
    await db.claim.update({
      where: { id: pmf.id },
      data: {
        kind: "CASUALTY",
        figures: { killed: { qualifier: "exactly", value: 1 }, injured: { qualifier: "exactly", value: 2 } },
      },
    });
    await db.claim.update({
      where: { id: mortars.id },
      data: { kind: "COUNT", figures: { thing: "mortar rounds", value: { qualifier: "about", value: 7 } } },
    });
    const ids = async (q: string) =>
      (await searchClaims({ actor: analyst, projectId: project.id, q })).map((c) => c.id);
    expect(await ids("2")).toEqual([pmf.id]);
    expect(await ids("اثنين")).toEqual([pmf.id]);
    expect(await ids("٧")).toEqual([mortars.id]);
    expect(await ids("9")).toEqual([]);
  });
});
