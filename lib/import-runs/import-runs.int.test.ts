import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorResponse } from "../api/handler";
import { db } from "../db";
import { NEWS_PARAGRAPHS, newsPage } from "../import/news-page-fixtures";
import { makeProject, makeUser } from "../testing/factories";
import { getImportRun, runImportSlice, startImportRun } from "./import-runs";

/** Three article pages, one index page without an article and nothing else, on loopback. */
const pages: Record<string, string> = {
  "/a": newsPage({ title: "الأول", paragraphs: NEWS_PARAGRAPHS }),
  "/b": newsPage({ title: "الثاني", paragraphs: [`${NEWS_PARAGRAPHS[0]} (ب)`, ...NEWS_PARAGRAPHS.slice(1)] }),
  "/c": newsPage({ title: "الثالث", paragraphs: [`${NEWS_PARAGRAPHS[0]} (ج)`, ...NEWS_PARAGRAPHS.slice(1)] }),
  "/index": "<!doctype html><html><body><nav><a href='/a'>الأول</a></nav></body></html>",
};
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    const page = pages[req.url ?? ""];
    res.writeHead(page ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(page ?? "<h1>غير موجود</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("importing many addresses in the background", () => {
  it("imports them one by one with progress saved after each, every address imported or refused with its reason", async () => {
    const { project, admin } = await makeProject();
    const urls = ["/a", "/index", "/b", "/missing", "/a", "/c"].map((p) => `${base}${p}`);
    const run = await startImportRun({ actor: admin, projectId: project.id, input: { urls } });
    expect(run).toMatchObject({ status: "QUEUED", total: 6, done: 0, results: [] });
    expect(await db.auditEvent.count({ where: { entityId: run.id, action: "import.run" } })).toBe(1);

    // Slices with no time to spare take one address each, like a process stopped after each one.
    const seen: number[] = [];
    for (let slice = 1; ; slice++) {
      const more = await runImportSlice(
        run.id,
        { jobId: `s${slice}`, deadline: Date.now(), resumed: slice > 1 },
        {
          allowPrivate: true,
        },
      );
      seen.push((await getImportRun({ actor: admin, runId: run.id })).done);
      if (!more) break;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    const finished = await getImportRun({ actor: admin, runId: run.id });
    expect(finished).toMatchObject({ status: "DONE", done: 6, imported: 3, refused: 3 });
    expect(finished.results.map((r) => [r.url.slice(base.length), r.status, r.code])).toEqual([
      ["/a", "imported", null],
      ["/index", "refused", "no_article"],
      ["/b", "imported", null],
      ["/missing", "refused", expect.any(String)],
      ["/a", "refused", "duplicate"],
      ["/c", "imported", null],
    ]);
    const articles = await db.article.findMany({ where: { projectId: project.id }, select: { id: true, title: true } });
    expect(articles.map((a) => a.title).sort()).toEqual(["الأول", "الثالث", "الثاني"].sort());
    expect(
      finished.results
        .filter((r) => r.articleId)
        .map((r) => r.articleId)
        .sort(),
    ).toEqual(articles.map((a) => a.id).sort());
    // Taken up again after it finished: nothing changes.
    expect(
      await runImportSlice(run.id, { jobId: "again", deadline: Date.now() + 5_000, resumed: true }),
    ).toBeUndefined();
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(3);
  });

  it("refuses bad input and people who may not import, starting nothing", async () => {
    const analyst = await makeUser();
    const { project, admin } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    const status = (promise: Promise<unknown>) =>
      promise.then(
        () => 202,
        (e: unknown) => errorResponse(e).status,
      );
    expect(
      await Promise.all([
        status(startImportRun({ actor: admin, projectId: project.id, input: { urls: [] } })),
        status(startImportRun({ actor: admin, projectId: project.id, input: { urls: ["ftp://x.example/a"] } })),
        status(startImportRun({ actor: analyst, projectId: project.id, input: { urls: [`${base}/a`] } })),
      ]),
    ).toEqual([400, 400, 403]);
    expect(await db.importRun.count({ where: { projectId: project.id } })).toBe(0);
  });
});
