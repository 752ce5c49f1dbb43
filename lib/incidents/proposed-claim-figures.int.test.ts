import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZClaimFigures } from "../claims/figures";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { refreshArticleSuggestions } from "../suggestions/refresh-article-suggestions";
import { makeProject } from "../testing/factories";
import { proposeIncidentsForArticle } from "./propose-incidents";

describe("figures of machine-proposed claims", () => {
  it("are checked on write: a malformed proposal makes no claim and does not fail the run or later reads", async () => {
    const { project } = await makeProject();
    const text = "قتل ثلاثة جنود وأصيب خمسة آخرون في هجوم صاروخي على قاعدة عين الأسد غرب العراق يوم الأحد.";
    const article = await db.article.create({
      data: { projectId: project.id, title: "هجوم", text, textHash: randomUUID(), publishedAt: new Date("2024-01-07") },
    });
    await refreshArticleSuggestions(article.id);
    const good = await db.suggestion.findFirstOrThrow({ where: { articleId: article.id, kind: "CASUALTY" } });
    // The same proposal with figures no reader accepts (a negative toll, a figure that is a word).
    const proposal = structuredClone(good.proposal) as { claim: { figures: Record<string, unknown> } };
    proposal.claim.figures = { killed: { qualifier: "exactly", value: -3 }, injured: { value: "five" } };
    expect(ZClaimFigures.safeParse(proposal.claim.figures).success).toBe(false);
    const bad = await db.suggestion.create({
      data: {
        projectId: project.id,
        articleId: article.id,
        kind: "CASUALTY",
        start: good.start,
        end: good.end,
        quote: good.quote,
        fingerprint: `malformed ${randomUUID()}`,
        proposal: proposal as unknown as Prisma.InputJsonValue,
        engineVersion: good.engineVersion,
      },
    });

    const first = await proposeIncidentsForArticle(article.id, { actorId: null });
    expect(first.proposedClaims).toBeGreaterThan(0);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: bad.id } })).claimId).toBeNull();
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: good.id } })).claimId).not.toBeNull();
    const claims = await db.claim.findMany({ where: { articleId: article.id, proposed: true } });
    expect(claims.length).toBe(first.proposedClaims);
    for (const c of claims) expect(ZClaimFigures.safeParse(c.figures).success).toBe(true);
    // A second run (the link refresh reads every claim's figures strictly) passes too.
    await expect(proposeIncidentsForArticle(article.id, { actorId: null })).resolves.toBeDefined();

    // The engine's next run removes it (the engine does not propose it) and stores only checked proposals.
    await refreshArticleSuggestions(article.id);
    expect(await db.suggestion.count({ where: { id: bad.id } })).toBe(0);
    const open = await db.suggestion.findMany({ where: { articleId: article.id, state: "OPEN" } });
    for (const s of open)
      expect(
        ZClaimFigures.safeParse((s.proposal as { claim?: { figures?: unknown } }).claim?.figures ?? {}).success,
      ).toBe(true);
  });
});
