import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "../lib/db";
import { makeProject } from "../lib/testing/factories";

const run = promisify(execFile);

describe("npm run import", () => {
  it("imports good files with progress and refuses bad ones with their reason", async () => {
    const { project, admin } = await makeProject();
    const dir = await mkdtemp(path.join(os.tmpdir(), "wb-import-"));
    await writeFile(path.join(dir, "a.txt"), "عنوان تجريبي\n\nنص المقال الأول.\n");
    await writeFile(path.join(dir, "b.txt"), Buffer.from([0xff, 0xfe, 0x20]));
    await writeFile(
      path.join(dir, "c.json"),
      JSON.stringify([
        { title: "ثان", text: "نص المقال الثاني." },
        { title: "ثالث", text: "نص المقال الثالث." },
      ]),
    );
    const result = await run(
      path.resolve("node_modules/.bin/tsx"),
      ["scripts/import.ts", "--project", project.id, "--as", admin.email, dir],
      { env: { ...process.env } },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(result).toMatchObject({ code: 2 });
    expect(result.stdout).toMatch(/3 article\(s\) imported, 1 file\(s\) refused in [\d.]+ s/);
    expect(result.stderr).toContain("b.txt: refused: The file is not valid UTF-8 text");
    expect(result.stderr).toContain("3/3 files");
    const titles = (await db.article.findMany({ where: { projectId: project.id }, select: { title: true } }))
      .map((a) => a.title)
      .sort();
    expect(titles).toEqual(["ثالث", "ثان", "عنوان تجريبي"].sort());
  });

  it("titles text files by their names, and by a manifest's titles and dates where it names them", async () => {
    const { project, admin } = await makeProject();
    const dir = await mkdtemp(path.join(os.tmpdir(), "wb-import-"));
    await writeFile(path.join(dir, "تقرير بغداد.txt"), "وقال المسؤول إن الهجوم وقع فجرا.\n");
    await writeFile(path.join(dir, "003.txt"), "نص المقال الثالث.\n");
    const manifest = path.join(os.tmpdir(), `wb-manifest-${project.id}.json`);
    await writeFile(manifest, JSON.stringify({ "003.txt": { title: "هجوم على السفارة", publishedAt: "2023-12-08" } }));
    await run(
      path.resolve("node_modules/.bin/tsx"),
      ["scripts/import.ts", "--project", project.id, "--as", admin.email, "--manifest", manifest, dir],
      { env: { ...process.env } },
    );
    const articles = await db.article.findMany({
      where: { projectId: project.id },
      select: { title: true, publishedAt: true },
      orderBy: { title: "asc" },
    });
    expect(articles.map((a) => [a.title, a.publishedAt?.toISOString().slice(0, 10) ?? null])).toEqual(
      [
        ["تقرير بغداد", null],
        ["هجوم على السفارة", "2023-12-08"],
      ].sort(),
    );
  });
});

describe("npm run import of web pages and documents", () => {
  it("imports a saved page, a Word document and an address from a local server, keeping each snapshot", async () => {
    const { createServer } = await import("node:http");
    const { makeDocx, newsPage, NEWS_TITLE } = await import("../lib/import/news-page-fixtures");
    const page = newsPage({
      title: "صفحة من الخادم",
      paragraphs: [
        "نص مختلف عن الصفحة المحفوظة، يكفي طوله ليكون متن مقالة إخبارية قصيرة عن حادث وقع قرب الحدود مساء الأحد. ".repeat(
          3,
        ),
      ],
    });
    const server = createServer((_, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address() as import("node:net").AddressInfo;
    try {
      const { project, admin } = await makeProject();
      const dir = await mkdtemp(path.join(os.tmpdir(), "wb-import-"));
      await writeFile(path.join(dir, "saved.html"), newsPage());
      await writeFile(
        path.join(dir, "statement.docx"),
        makeDocx("بيان", ["نص البيان الكامل كما نشرته الوزارة صباح اليوم."]),
      );
      const result = await run(
        path.resolve("node_modules/.bin/tsx"),
        [
          "scripts/import.ts",
          "--project",
          project.id,
          "--as",
          admin.email,
          dir,
          `http://127.0.0.1:${address.port}/news`,
        ],
        { env: { ...process.env, IMPORT_ALLOW_PRIVATE: "1" } },
      );
      expect(result.stdout).toMatch(/3 article\(s\) imported, 0 file\(s\) refused/);
      const articles = await db.article.findMany({
        where: { projectId: project.id },
        select: { title: true, snapshots: { select: { kind: true } } },
        orderBy: { title: "asc" },
      });
      expect(articles.map((a) => [a.title, a.snapshots[0]?.kind]).sort()).toEqual(
        [
          [NEWS_TITLE, "HTML_FILE"],
          ["بيان", "DOCX"],
          ["صفحة من الخادم", "URL"],
        ].sort(),
      );
    } finally {
      server.close();
    }
  });
});
