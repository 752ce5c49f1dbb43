import { describe, expect, it } from "vitest";
import { db } from "../db";
import { parseUploadedFile } from "../import/parse-upload";
import { makeProject, makeUser } from "../testing/factories";
import { getArticle, getReaderArticle } from "./get-article";
import { importArticles } from "./import-articles";
import { ZArticleMeta } from "./schemas";
import { listArticles } from "./list-articles";
import { setArticleDeleted } from "./set-article-deleted";
import { updateArticle } from "./update-article";

async function projectWithArticle() {
  const analyst = await makeUser();
  const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [
      parseUploadedFile("a.txt", new TextEncoder().encode("سطر أول.\n\nسطر ثان فيه 25 قتيلا."), { maxBytes: 10_000 }),
    ],
  });
  return { admin, analyst, project, articleId: summary.results[0]!.articles[0]!.id };
}

describe("article access and edits", () => {
  it("shows the article to members and 'not found' to anyone else", async () => {
    const { analyst, articleId } = await projectWithArticle();
    const stranger = await makeUser();
    const article = await getArticle({ actor: analyst, articleId });
    expect(article.paragraphs.map((p) => article.text.slice(p.start, p.end))).toEqual([
      "سطر أول.",
      "سطر ثان فيه 25 قتيلا.",
    ]);
    await expect(getArticle({ actor: stranger, articleId })).rejects.toMatchObject({
      status: 404,
      message: "Article not found",
    });
  });

  it("reads the article page's article with getArticle's fields, paragraphs and access, and its lists' scope", async () => {
    const { admin, analyst, project, articleId } = await projectWithArticle();
    const stranger = await makeUser();
    // A publication date (a `date` column) reads back as the same instant through either client.
    await db.article.update({ where: { id: articleId }, data: { publishedAt: new Date("2024-05-01") } });
    for (const actor of [analyst, admin]) {
      const {
        sentences,
        createdAt: _c,
        updatedAt: _u,
        deletedAt: _d,
        textHash: _h,
        ...expected
      } = await getArticle({ actor, articleId });
      expect(sentences.length).toBeGreaterThan(0);
      const { scope, ...reader } = await getReaderArticle({ actor, articleId });
      expect(reader).toEqual(expected);
      // The page hands the article's details to its editor through their schema.
      expect(ZArticleMeta.parse(reader)).toMatchObject({ id: articleId, version: expected.version });
      expect(scope).toEqual({
        id: articleId,
        projectId: project.id,
        access: { projectId: project.id, role: expected.role },
        ownOnly: false,
      });
    }
    // Under independent annotation an analyst sees their own work only, until the article is curated.
    await db.project.update({ where: { id: project.id }, data: { independentAnnotation: true } });
    expect((await getReaderArticle({ actor: analyst, articleId })).scope.ownOnly).toBe(true);
    expect((await getReaderArticle({ actor: admin, articleId })).scope.ownOnly).toBe(false);
    await db.article.update({ where: { id: articleId }, data: { curatedAt: new Date() } });
    expect((await getReaderArticle({ actor: analyst, articleId })).scope.ownOnly).toBe(false);
    await expect(getReaderArticle({ actor: stranger, articleId })).rejects.toMatchObject({
      status: 404,
      message: "Article not found",
    });
    await setArticleDeleted({ actor: admin, articleId, deleted: true });
    await expect(getReaderArticle({ actor: admin, articleId })).rejects.toMatchObject({ status: 404 });
  });

  it("refuses a metadata edit made against a stale version, with the current values", async () => {
    const { admin, articleId } = await projectWithArticle();
    const updated = await updateArticle({
      actor: admin,
      articleId,
      input: { version: 1, title: "عنوان جديد", source: "Reuters" },
    });
    expect(updated).toMatchObject({ version: 2, title: "عنوان جديد", source: "Reuters" });
    await expect(
      updateArticle({ actor: admin, articleId, input: { version: 1, title: "قديم" } }),
    ).rejects.toMatchObject({
      status: 409,
      details: { current: { title: "عنوان جديد", version: 2 } },
    });
    const events = await db.auditEvent.findMany({ where: { entityId: articleId, action: "article.update" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.before).toMatchObject({ version: 1 });
  });

  it("lets only managers edit metadata", async () => {
    const { analyst, articleId } = await projectWithArticle();
    await expect(updateArticle({ actor: analyst, articleId, input: { version: 1, title: "x" } })).rejects.toMatchObject(
      { status: 403 },
    );
  });

  it("deletes softly, lists deleted articles for restore, and audits both", async () => {
    const { admin, project, articleId } = await projectWithArticle();
    await setArticleDeleted({ actor: admin, articleId, deleted: true });
    expect(await listArticles({ actor: admin, projectId: project.id })).toHaveLength(0);
    expect((await listArticles({ actor: admin, projectId: project.id, deleted: true })).map((a) => a.id)).toEqual([
      articleId,
    ]);
    await setArticleDeleted({ actor: admin, articleId, deleted: false });
    expect((await listArticles({ actor: admin, projectId: project.id })).map((a) => a.id)).toEqual([articleId]);
    const actions = (
      await db.auditEvent.findMany({ where: { entityId: articleId }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["article.import", "article.delete", "article.restore"]);
  });
});
