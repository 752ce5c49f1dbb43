import { describe, expect, it } from "vitest";
import { db } from "../db";
import { parseUploadedFile } from "../import/parse-upload";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { makeProject, makeUser } from "../testing/factories";
import { importArticles } from "./import-articles";

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (name: string, bytes: Uint8Array) => parseUploadedFile(name, bytes, { maxBytes: 100_000 });

describe("importArticles", () => {
  it("imports the sample corpus with exact text and paragraph segments", async () => {
    const { project, admin } = await makeProject();
    const sources = await loadSampleCorpus();
    const summary = await importArticles({ actor: admin, projectId: project.id, sources });
    expect(summary).toMatchObject({ imported: 5, refused: 0 });
    const first = summary.results[0]?.articles[0];
    const article = await db.article.findUniqueOrThrow({
      where: { id: first!.id },
      include: { segments: { where: { kind: "PARAGRAPH" }, orderBy: { index: "asc" } } },
    });
    const source = sources[0];
    expect(source?.ok && article.text).toBe(source?.ok ? source.drafts[0]?.text : "");
    const lines = article.text.split("\n").filter((l) => l.trim() !== "");
    expect(article.segments.map((s) => article.text.slice(s.start, s.end))).toEqual(lines.map((l) => l.trim()));
    const audit = await db.auditEvent.findMany({ where: { projectId: project.id, action: "article.import" } });
    expect(audit).toHaveLength(5);
  });

  it("reports per file, imports good files and nothing from bad ones", async () => {
    const { project, admin } = await makeProject();
    const summary = await importArticles({
      actor: admin,
      projectId: project.id,
      sources: [
        parse("good.txt", enc("قال مسؤول إن الهجوم لم يسفر عن إصابات.")),
        parse("latin1.txt", new Uint8Array([0x61, 0xe9, 0xff])),
        parse("empty.txt", new Uint8Array()),
        parse("bad.json", enc(JSON.stringify([{ text: "نص صحيح" }, { title: "بلا نص" }]))),
      ],
    });
    expect(summary.results.map((r) => [r.name, r.status, r.error?.code ?? null])).toEqual([
      ["good.txt", "imported", null],
      ["latin1.txt", "refused", "not_utf8"],
      ["empty.txt", "refused", "empty"],
      ["bad.json", "refused", "invalid_json"],
    ]);
    // The valid first article of bad.json was not imported either.
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("writes a large import in groups, two at a time, keeping file order, answers and duplicates per file", async () => {
    const { project, admin } = await makeProject();
    // 700 files: three groups of 250 articles; the last file repeats the first one's text.
    const texts = Array.from({ length: 699 }, (_, i) => `قتل ${i + 1} شخصاً في الهجوم رقم ${i + 1}.`);
    const sources = [...texts, texts[0]!].map((text, i) => parse(`f${i}.txt`, enc(text)));
    const summary = await importArticles({ actor: admin, projectId: project.id, sources });
    expect(summary).toMatchObject({ imported: 699, refused: 1 });
    expect(summary.results.at(-1)).toMatchObject({ name: "f699.txt", status: "refused", error: { code: "duplicate" } });
    const stored = await db.article.findMany({
      where: { projectId: project.id },
      orderBy: { createdAt: "asc" },
      select: { id: true, text: true },
    });
    expect(stored.map((a) => a.text)).toEqual(texts);
    expect(stored.map((a) => a.id)).toEqual(summary.results.slice(0, 699).map((r) => r.articles[0]!.id));
  });

  it("refuses a duplicate text, in the project or twice in one file", async () => {
    const { project, admin } = await makeProject();
    const text = "وأحصت واشنطن حتى الآن 92 هجوماً ضد قواتها.";
    await importArticles({ actor: admin, projectId: project.id, sources: [parse("a.txt", enc(text))] });
    const again = await importArticles({
      actor: admin,
      projectId: project.id,
      sources: [parse("b.txt", enc(text)), parse("c.json", enc(JSON.stringify([{ text: "نص" }, { text: "نص" }])))],
    });
    expect(again.results.map((r) => r.error?.code)).toEqual(["duplicate", "duplicate"]);
    expect(again.results[0]?.error?.message).toMatch(/already in this project/);
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(1);
  });

  it("lets only managers import, and hides other projects", async () => {
    const analyst = await makeUser();
    const stranger = await makeUser();
    const { project } = await makeProject([{ user: analyst, role: "ANALYST" }]);
    const sources = [parse("a.txt", enc("نص"))];
    await expect(importArticles({ actor: analyst, projectId: project.id, sources })).rejects.toMatchObject({
      status: 403,
    });
    await expect(importArticles({ actor: stranger, projectId: project.id, sources })).rejects.toMatchObject({
      status: 404,
    });
    expect(await db.article.count({ where: { projectId: project.id } })).toBe(0);
  });
});
