import { describe, expect, it } from "vitest";
import { importArticles } from "../articles/import-articles";
import { parseUploadedFile } from "../import/parse-upload";
import { makeProject, makeUser } from "../testing/factories";
import { getTranslationHistory, listTranslations } from "./list-translations";
import { reviewTranslation } from "./review-translation";
import { saveTranslation } from "./save-translation";

async function setup() {
  const analyst = await makeUser();
  const reviewer = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [
      parseUploadedFile("a.txt", new TextEncoder().encode("الفقرة الأولى.\n\nالفقرة الثانية."), { maxBytes: 1000 }),
    ],
  });
  return { analyst, reviewer, articleId: summary.results[0]!.articles[0]!.id };
}

describe("translations", () => {
  it("keep every version, go back to draft on edit, and refuse a stale save", async () => {
    const { analyst, reviewer, articleId } = await setup();
    const first = await saveTranslation({
      actor: analyst,
      articleId,
      input: { targetType: "SEGMENT", targetKey: "1", text: "The second paragraph." },
    });
    expect(first).toMatchObject({ version: 1, status: "DRAFT" });
    await expect(
      reviewTranslation({ actor: analyst, translationId: first.id, input: { version: 1, status: "REVIEWED" } }),
    ).rejects.toMatchObject({ status: 403 });
    expect(
      await reviewTranslation({ actor: reviewer, translationId: first.id, input: { version: 1, status: "REVIEWED" } }),
    ).toMatchObject({ status: "REVIEWED", reviewedBy: { id: reviewer.id } });
    await expect(
      saveTranslation({ actor: reviewer, articleId, input: { targetType: "SEGMENT", targetKey: "1", text: "Other" } }),
    ).rejects.toMatchObject({ status: 409 });
    const second = await saveTranslation({
      actor: reviewer,
      articleId,
      input: { targetType: "SEGMENT", targetKey: "1", text: "Paragraph two.", baseVersion: 1 },
    });
    expect(second).toMatchObject({ version: 2, status: "DRAFT" });
    await expect(
      saveTranslation({
        actor: analyst,
        articleId,
        input: { targetType: "SEGMENT", targetKey: "1", text: "Late", baseVersion: 1 },
      }),
    ).rejects.toMatchObject({ status: 409, details: { current: { version: 2 } } });
    expect((await getTranslationHistory({ actor: analyst, translationId: first.id })).map((r) => r.text)).toEqual([
      "Paragraph two.",
      "The second paragraph.",
    ]);
    expect((await listTranslations({ actor: analyst, articleId })).map((t) => [t.targetKey, t.text])).toEqual([
      ["1", "Paragraph two."],
    ]);
  });

  it("refuse a paragraph or span that is not in the article", async () => {
    const { analyst, articleId } = await setup();
    await expect(
      saveTranslation({ actor: analyst, articleId, input: { targetType: "SEGMENT", targetKey: "7", text: "x" } }),
    ).rejects.toMatchObject({ status: 404, message: "Paragraph not found" });
    await expect(
      saveTranslation({
        actor: analyst,
        articleId,
        input: { targetType: "SPAN", targetKey: "0190a0a0-0000-7000-8000-000000000000", text: "x" },
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
