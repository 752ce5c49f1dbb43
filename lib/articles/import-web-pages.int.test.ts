import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportBytes } from "../datasets/dataset-fixtures";
import { db } from "../db";
import { isInternalAddress } from "../import/fetch-page";
import { indexPage, makeDocx, NEWS_PARAGRAPHS, NEWS_TITLE, newsPage } from "../import/news-page-fixtures";
import { parseDocumentFile } from "../import/parse-document";
import { makeProject, makeUser } from "../testing/factories";
import { importArticles } from "./import-articles";
import { importWebPages } from "./import-web-pages";

/** A news site on loopback: article pages, redirects, an index page, a PDF, oversized and slow answers. */
const SECOND = [
  "وفي حادث منفصل، قالت الشرطة إن عبوة ناسفة انفجرت على طريق سريع جنوبي بغداد صباح الاثنين.",
  ...NEWS_PARAGRAPHS.slice(1),
];
const THIRD = [
  "أعلنت وزارة الصحة أن عدد المصابين في الانفجار ارتفع إلى سبعة، بينهم طفلان.",
  ...NEWS_PARAGRAPHS.slice(2),
];
const pages: Record<string, (res: import("node:http").ServerResponse) => void> = {
  "/news/1": (res) => html(res, newsPage()),
  "/news/2": (res) => html(res, newsPage({ title: "انفجار عبوة جنوبي بغداد", paragraphs: SECOND })),
  "/news/3": (res) => html(res, newsPage({ title: "ارتفاع عدد المصابين", paragraphs: THIRD })),
  "/moved": (res) => redirect(res, "/hop"),
  "/hop": (res) => redirect(res, "/news/2"),
  "/loop": (res) => redirect(res, "/loop"),
  "/iraq": (res) => html(res, indexPage()),
  "/report.pdf": (res) => {
    res.writeHead(200, { "content-type": "application/pdf" });
    res.end("%PDF-1.4");
  },
  "/huge": (res) => html(res, newsPage({ paragraphs: Array.from({ length: 4000 }, () => NEWS_PARAGRAPHS[0]!) })),
  "/huge-chunked": (res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const chunk = `<p>${NEWS_PARAGRAPHS[0]}</p>`.repeat(200);
    for (let i = 0; i < 40; i++) res.write(chunk);
    res.end();
  },
  "/slow": (res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.write("<!doctype html><html><body>");
    // Never finished: the import's deadline ends it.
  },
};
function html(res: import("node:http").ServerResponse, body: string) {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(body) });
  res.end(body);
}
function redirect(res: import("node:http").ServerResponse, to: string) {
  res.writeHead(302, { location: to });
  res.end();
}

let server: Server;
let base = "";
const LIMITS = { allowPrivate: true, timeoutMs: 1_500, maxBytes: 200_000 };

beforeAll(async () => {
  server = createServer((req, res) => {
    const page = pages[req.url ?? ""];
    if (page) page(res);
    else {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<h1>غير موجود</h1>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("import from the web", () => {
  it("imports an Arabic news page with its metadata and keeps the page as captured (gzip, SHA-256, time)", async () => {
    const { project, admin } = await makeProject();
    const before = Date.now();
    const summary = await importWebPages({
      actor: admin,
      projectId: project.id,
      input: { urls: [`${base}/news/1`, `${base}/moved`] },
      fetch: LIMITS,
    });
    expect(summary.results.map((r) => [r.status, r.error?.code ?? null])).toEqual([
      ["imported", null],
      ["imported", null],
    ]);
    const article = await db.article.findUniqueOrThrow({
      where: { id: summary.results[0]!.articles[0]!.id },
      include: { snapshots: true },
    });
    expect(article).toMatchObject({
      title: NEWS_TITLE,
      source: "وكالة الخبر",
      url: `${base}/news/1`,
      text: NEWS_PARAGRAPHS.join("\n"),
    });
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2024-01-14");
    const [snapshot] = article.snapshots;
    const served = Buffer.from(newsPage());
    expect(Buffer.from(gunzipSync(snapshot!.content)).equals(served)).toBe(true);
    expect(snapshot).toMatchObject({
      kind: "URL",
      requestedUrl: `${base}/news/1`,
      finalUrl: `${base}/news/1`,
      byteLength: served.byteLength,
      sha256: createHash("sha256").update(served).digest("hex"),
      metadata: expect.objectContaining({ author: "سارة الجبوري", publisher: "وكالة الخبر" }),
    });
    expect(snapshot!.content.byteLength).toBeLessThan(served.byteLength);
    expect(snapshot!.capturedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    // The exports say where and when the text was captured, and which bytes.
    const jsonl = (await exportBytes(admin, project.id, { format: "jsonl" })).toString("utf8");
    const record = jsonl
      .split("\n")
      .map((l) => (l ? JSON.parse(l) : null))
      .find((r) => r?.id === article.id);
    expect(record.provenance).toEqual({
      kind: "URL",
      sourceUrl: `${base}/news/1`,
      fileName: null,
      sha256: snapshot!.sha256,
      capturedAt: snapshot!.capturedAt.toISOString(),
      articleVersion: 1,
    });
    const csv = (await exportBytes(admin, project.id, { format: "csv" })).toString("utf8");
    expect(csv.split("\r\n")[0]).toContain("source_sha256");

    // Followed through two redirects: the article's URL is where the page was found.
    const moved = await db.article.findUniqueOrThrow({
      where: { id: summary.results[1]!.articles[0]!.id },
      include: { snapshots: true },
    });
    expect(moved.url).toBe(`${base}/news/2`);
    expect(moved.snapshots[0]).toMatchObject({ requestedUrl: `${base}/moved`, finalUrl: `${base}/news/2` });
  });

  it("refuses, each with its reason and nothing stored: no body, wrong type, too large, too slow, redirect loop, 404", async () => {
    const { project, admin } = await makeProject();
    const cases: [string, string, RegExp][] = [
      ["/iraq", "no_article", /No article body/],
      ["/report.pdf", "wrong_type", /application\/pdf/],
      ["/huge", "too_large", /200000 bytes/],
      ["/huge-chunked", "too_large", /200000 bytes/],
      ["/slow", "timeout", /1\.5 s/],
      ["/loop", "too_many_redirects", /redirects/],
      ["/missing", "http_status", /404/],
    ];
    const summary = await importWebPages({
      actor: admin,
      projectId: project.id,
      input: { urls: cases.map(([path]) => `${base}${path}`) },
      fetch: LIMITS,
    });
    expect(summary.imported).toBe(0);
    for (const [i, [path, code, message]] of cases.entries()) {
      expect(summary.results[i], path).toMatchObject({
        status: "refused",
        error: { code, message: expect.stringMatching(message) },
      });
    }
    for (const url of ["ftp://wire.example/a", "not an address", "javascript:alert(1)"])
      await expect(
        importWebPages({ actor: admin, projectId: project.id, input: { urls: [url] }, fetch: LIMITS }),
      ).rejects.toMatchObject({ name: "ZodError" });
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(0);
  });

  it("refuses private, loopback and link-local addresses (also by name) unless allowed", async () => {
    const { project, admin } = await makeProject();
    const port = new URL(base).port;
    const summary = await importWebPages({
      actor: admin,
      projectId: project.id,
      input: {
        urls: [
          `${base}/news/3`,
          `http://localhost:${port}/news/3`,
          `http://[::1]:${port}/news/3`,
          "http://169.254.169.254/latest/meta-data/",
          "http://10.0.0.1/",
        ],
      },
      fetch: { ...LIMITS, allowPrivate: false },
    });
    expect(summary.results.map((r) => r.error?.code)).toEqual(Array(5).fill("private_address"));
    expect(summary.results[1]!.error!.message).toMatch(/localhost is at 127\.0\.0\.1|localhost is at ::1/);
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(0);
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "0.0.0.0",
      "100.64.0.1",
    ])
      expect(isInternalAddress(address), address).toBe(true);
    for (const address of ["8.8.8.8", "2a00:1450:4001::200e", "93.184.216.34"])
      expect(isInternalAddress(address), address).toBe(false);
  });

  it("lets only managers import, before anything is fetched", async () => {
    const analyst = await makeUser();
    const { project } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    await expect(
      importWebPages({ actor: analyst, projectId: project.id, input: { urls: [`${base}/news/1`] }, fetch: LIMITS }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe("import from documents", () => {
  it("imports a saved news page and a Word document with their snapshots; refuses a page without a body", async () => {
    const { project, admin } = await makeProject();
    const page = new TextEncoder().encode(newsPage());
    const docx = makeDocx("بيان وزارة الدفاع", THIRD);
    const sources = await Promise.all([
      parseDocumentFile("خبر.html", page, 1_000_000),
      parseDocumentFile("بيان.docx", docx, 1_000_000),
      parseDocumentFile("فهرس.html", new TextEncoder().encode(indexPage()), 1_000_000),
      parseDocumentFile("ليس-وورد.docx", new TextEncoder().encode("plain text"), 1_000_000),
    ]);
    const summary = await importArticles({ actor: admin, projectId: project.id, sources });
    expect(summary.results.map((r) => r.error?.code ?? r.status)).toEqual([
      "imported",
      "imported",
      "no_article",
      "invalid_docx",
    ]);
    const articles = await db.article.findMany({
      where: { projectId: project.id },
      include: { snapshots: true },
      orderBy: { createdAt: "asc" },
    });
    expect(articles.map((a) => [a.title, a.url, a.snapshots[0]?.kind, a.snapshots[0]?.fileName])).toEqual([
      [NEWS_TITLE, "https://wire.example/iraq/2024/01/14/rockets-ain-al-asad", "HTML_FILE", "خبر.html"],
      ["بيان وزارة الدفاع", null, "DOCX", "بيان.docx"],
    ]);
    expect(articles[1]!.text).toBe(THIRD.join("\n"));
    expect(articles[1]!.snapshots[0]!.sha256).toBe(createHash("sha256").update(docx).digest("hex"));
  });
});
