import { describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { listReviewQueue } from "../links/list-review-queue";
import { loadEntitiesForMatching } from "../suggestions/load-entities-for-matching";
import { refreshArticleSuggestions } from "../suggestions/refresh-article-suggestions";
import { makeProject, makeUser } from "../testing/factories";
import { proposeIncidentsForArticles } from "./propose-incidents";

// Reports written for this test, of a town the gazetteer does not list.
const drafts = [
  {
    title: "Market bombing",
    source: "Outlet A",
    publishedAt: "2022-05-10",
    text: "قتل 9 أشخاص في انفجار سيارة مفخخة قرب سوق الخضار في نواكشوط صباح اليوم. وقال مسؤول في الشرطة إن السيارة انفجرت أمام مدخل سوق الخضار المزدحم، وإن فرق الإسعاف نقلت الجرحى إلى مستشفى نواكشوط.",
  },
  {
    title: "Market bombing toll",
    source: "Outlet B",
    publishedAt: "2022-05-10",
    text: "أسفر تفجير سيارة ملغومة في سوق الخضار بنواكشوط عن مقتل 12 شخصا، بحسب مصادر طبية. وأضافت المصادر أن عدد القتلى مرشح للارتفاع بسبب خطورة إصابات بعض الجرحى في نواكشوط.",
  },
  {
    title: "Barracks attack",
    source: "Outlet C",
    publishedAt: "2022-05-10",
    text: "قتل 4 جنود في هجوم بقذائف الهاون على ثكنة عسكرية في أطار شمال البلاد. وقال مصدر عسكري إن المهاجمين فروا نحو الصحراء بعد قصف الثكنة في أطار.",
  },
];

describe("incidents in a town the gazetteer does not list", () => {
  it("proposes one incident for two reports of one bombing, another for an attack elsewhere, and queues their tolls", async () => {
    const reviewer = await makeUser();
    const { project, admin } = await makeProject([{ user: reviewer, role: "REVIEWER" }]);
    const summary = await importArticles({
      actor: admin,
      projectId: project.id,
      sources: drafts.map((d) => ({ name: `${d.title}.json`, ok: true as const, drafts: [{ ...d, url: null }] })),
    });
    const [market, toll, barracks] = summary.results.map((r) => r.articles[0]!.id);
    const entities = await loadEntitiesForMatching(project.id);
    for (const id of [market!, toll!, barracks!]) await refreshArticleSuggestions(id, { entities });
    await proposeIncidentsForArticles(project.id, [market!, toll!, barracks!], null);

    const events = await db.event.findMany({
      where: { projectId: project.id, status: "PROPOSED" },
      select: { id: true, titleEn: true, titleAr: true, claims: { select: { articleId: true } } },
    });
    const holding = (articleId: string) => events.filter((e) => e.claims.some((c) => c.articleId === articleId));
    expect(holding(market!)).toHaveLength(1);
    expect(holding(toll!).map((e) => e.id)).toEqual(holding(market!).map((e) => e.id));
    expect(holding(barracks!)).toHaveLength(1);
    expect(holding(barracks!)[0]!.id).not.toBe(holding(market!)[0]!.id);
    // Named as the reports spell the towns the gazetteer does not know.
    expect(holding(market!)[0]!.titleEn).toContain("نواكشوط");
    expect(holding(market!)[0]!.titleAr).toContain("في نواكشوط");
    expect(holding(barracks!)[0]!.titleAr).toContain("أطار");

    const queue = await listReviewQueue({ actor: reviewer, projectId: project.id });
    const tolls = queue.find(
      (l) =>
        new Set([l.from.articleId, l.to.articleId]).size === 2 &&
        [l.from, l.to].every((c) => c.articleId === market || c.articleId === toll),
    );
    expect(tolls).toBeDefined();
    expect([tolls!.from.quote, tolls!.to.quote].join(" ")).toMatch(/9 أشخاص.*12 شخصا|12 شخصا.*9 أشخاص/u);
  });
});
