import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { createClaim } from "./create-claim";
import { updateClaim } from "./update-claim";

async function setup() {
  const [analyst, reviewer, manager] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
    { user: manager, role: "MANAGER" },
  ]);
  const sources = (await loadSampleCorpus()).filter((s) => s.name.startsWith("003"));
  const summary = await importArticles({ actor: admin, projectId: project.id, sources });
  const article = await db.article.findUniqueOrThrow({ where: { id: summary.results[0]!.articles[0]!.id } });
  const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "casualty" } });
  const phrase = "أدى إلى مقتل عنصر وإصابة اثنين آخرين";
  const start = article.text.indexOf(phrase);
  const { span } = await createSpan({
    actor: analyst,
    articleId: article.id,
    input: { id: randomUUID(), labelId: label.id, start, end: start + phrase.length, quote: phrase },
  });
  const input = (status: "DRAFT" | "READY" | "REVIEWED") => ({
    id: randomUUID(),
    kind: "CASUALTY" as const,
    claimSpanId: span.id,
    figures: { killed: { value: 1 }, injured: { value: 2 } },
    status,
  });
  return { analyst, reviewer, manager, article, input };
}

describe("a claim's reviewed status", () => {
  it("is set only by reviewers and managers; an analyst is refused with 403 and nothing changes", async () => {
    const { analyst, reviewer, manager, article, input } = await setup();
    await expect(
      createClaim({ actor: analyst, articleId: article.id, input: input("REVIEWED") }),
    ).rejects.toMatchObject({ status: 403, message: "Only reviewers and managers can mark a claim reviewed" });
    const { claim } = await createClaim({ actor: analyst, articleId: article.id, input: input("READY") });
    await expect(
      updateClaim({ actor: analyst, claimId: claim.id, input: { version: claim.version, status: "REVIEWED" } }),
    ).rejects.toMatchObject({ status: 403 });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      status: "READY",
      version: 1,
    });

    const reviewed = await updateClaim({
      actor: reviewer,
      claimId: claim.id,
      input: { version: 1, status: "REVIEWED" },
    });
    expect(reviewed).toMatchObject({ status: "REVIEWED", version: 2 });
    // A stale status change is a conflict whatever the role.
    await expect(
      updateClaim({ actor: analyst, claimId: claim.id, input: { version: 1, status: "REVIEWED" } }),
    ).rejects.toMatchObject({ status: 409 });
    // An analyst's other edits to a reviewed claim still go through; so can sending it back to draft.
    const noted = await updateClaim({
      actor: analyst,
      claimId: claim.id,
      input: { version: 2, status: "REVIEWED", note: "source checked" },
    });
    expect(noted).toMatchObject({ status: "REVIEWED", note: "source checked", version: 3 });
    const back = await updateClaim({ actor: analyst, claimId: claim.id, input: { version: 3, status: "DRAFT" } });
    expect(back.status).toBe("DRAFT");

    const byManager = await createClaim({ actor: manager, articleId: article.id, input: input("REVIEWED") });
    expect(byManager.claim.status).toBe("REVIEWED");
  });
});
