import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importArticles } from "../articles/import-articles";
import { createClaim } from "../claims/create-claim";
import { exportBytes, linesOf } from "../datasets/dataset-fixtures";
import { importJsonl } from "../datasets/import-jsonl";
import { db } from "../db";
import { startJobWorkers, stopJobWorkers } from "../jobs/registry";
import { libreTranslator } from "../mt/libretranslate";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";
import { getTranslationHistory, listTranslations } from "./list-translations";
import { machineTranslate } from "./machine-translate";
import { reviewTranslation } from "./review-translation";
import { saveTranslation } from "./save-translation";
import { getTranslationRun, startTranslationRun, translationRunJob } from "./translation-runs";

/**
 * A local server that speaks LibreTranslate's format (POST /translate {q, source, target} →
 * {translatedText}), answering after `delayMs`, or failing as told; it counts requests in flight.
 */
let failure: "none" | "429" | "500" | "bad" = "none";
let delayMs = 0;
let inFlight = 0;
let maxInFlight = 0;
let requests = 0;
let server: Server;
let url = "";

function handle(req: IncomingMessage, res: ServerResponse) {
  let raw = "";
  req.on("data", (chunk: Buffer) => {
    raw += chunk.toString("utf8");
  });
  req.on("end", () => {
    requests++;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      const body = JSON.parse(raw) as { q: string[] };
      if (failure === "429") res.writeHead(429, { "retry-after": "30" }).end('{"error":"Slowdown"}');
      else if (failure === "500") res.writeHead(500).end("boom");
      else if (failure === "bad") res.writeHead(200, { "content-type": "application/json" }).end('{"text":"?"}');
      else
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ translatedText: body.q.map((q) => `English of ${q.length} letters`) }));
    }, delayMs);
  });
}

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The background job reads its engine from the environment, as the app server does.
  Object.assign(process.env, { MT_PROVIDER: "libretranslate", MT_URL: url, MT_CONCURRENCY: "4" });
});
afterAll(async () => {
  delete process.env.MT_PROVIDER;
  delete process.env.MT_URL;
  delete process.env.MT_CONCURRENCY;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const settings = () => ({ translator: libreTranslator({ url, timeoutMs: 2_000 }), concurrency: 4 });

async function setup() {
  const analyst = await makeUser();
  const reviewer = await makeUser();
  const { project, admin } = await makeProject([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  const [sample000] = await loadSampleCorpus();
  const summary = await importArticles({ actor: admin, projectId: project.id, sources: [sample000!] });
  const article = await db.article.findUniqueOrThrow({ where: { id: summary.results[0]!.articles[0]!.id } });
  return { analyst, reviewer, admin, project, article };
}

describe("machine translation", () => {
  it("stores a paragraph's machine English as a draft marked MACHINE with engine, until a person edits it", async () => {
    failure = "none";
    delayMs = 0;
    const { analyst, reviewer, article } = await setup();
    const stored = await machineTranslate({
      actor: analyst,
      articleId: article.id,
      input: { targetType: "SEGMENT", targetKey: "1" },
      settings: settings(),
    });
    expect(stored).toMatchObject({ status: "DRAFT", version: 1 });
    expect(stored.revisions[0]).toMatchObject({ origin: "MACHINE", engine: "libretranslate", engineModel: null });
    expect((await listTranslations({ actor: analyst, articleId: article.id }))[0]).toMatchObject({
      targetKey: "1",
      origin: "MACHINE",
      engine: "libretranslate",
      text: expect.stringMatching(/^English of \d+ letters$/),
    });

    // A person's edit is a new HUMAN revision; the machine one stays in the history.
    await saveTranslation({
      actor: reviewer,
      articleId: article.id,
      input: { targetType: "SEGMENT", targetKey: "1", text: "Edited by hand.", baseVersion: 1 },
    });
    const [edited] = await listTranslations({ actor: analyst, articleId: article.id });
    expect(edited).toMatchObject({ origin: "HUMAN", engine: null, text: "Edited by hand." });
    expect(
      (await getTranslationHistory({ actor: analyst, translationId: stored.id })).map((r) => [r.origin, r.engine]),
    ).toEqual([
      ["HUMAN", null],
      ["MACHINE", "libretranslate"],
    ]);

    // Machine-translating a target that has English needs the version it replaces.
    await expect(
      machineTranslate({
        actor: analyst,
        articleId: article.id,
        input: { targetType: "SEGMENT", targetKey: "1" },
        settings: settings(),
      }),
    ).rejects.toMatchObject({ status: 409 });
    const again = await machineTranslate({
      actor: analyst,
      articleId: article.id,
      input: { targetType: "SEGMENT", targetKey: "1", baseVersion: 2 },
      settings: settings(),
    });
    expect(
      await reviewTranslation({ actor: reviewer, translationId: again.id, input: { version: 3, status: "REVIEWED" } }),
    ).toMatchObject({ status: "REVIEWED", revisions: [{ origin: "MACHINE" }] });
  });

  it("translates a claim's quote", async () => {
    failure = "none";
    delayMs = 0;
    const { analyst, article, project } = await setup();
    const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "claim" } });
    const quote = article.text.slice(0, 40);
    const { span } = await createSpan({
      actor: analyst,
      articleId: article.id,
      input: { id: randomUUID(), labelId: label.id, start: 0, end: 40, quote, note: "", entityId: null },
    });
    const { claim } = await createClaim({
      actor: analyst,
      articleId: article.id,
      input: { id: randomUUID(), kind: "OTHER", claimSpanId: span.id },
    });
    const stored = await machineTranslate({
      actor: analyst,
      articleId: article.id,
      input: { targetType: "CLAIM", targetKey: claim.id },
      settings: settings(),
    });
    expect(stored).toMatchObject({ targetType: "CLAIM", targetKey: claim.id });
    expect(stored.revisions[0]).toMatchObject({ text: `English of ${quote.length} letters`, origin: "MACHINE" });
  });

  it.each([
    ["429", 503, /LibreTranslate is limiting requests \(HTTP 429\); try again in 30 s/],
    ["500", 503, /LibreTranslate failed \(HTTP 500\)/],
    ["bad", 502, /LibreTranslate answered in an unexpected shape/],
  ] as const)("an engine answering %s gives a clear message and stores nothing", async (mode, status, message) => {
    failure = mode;
    delayMs = 0;
    const { analyst, article, project } = await setup();
    const error = await machineTranslate({
      actor: analyst,
      articleId: article.id,
      input: { targetType: "SEGMENT", targetKey: "0" },
      settings: settings(),
    }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status, message: expect.stringMatching(message) });
    expect(await listTranslations({ actor: analyst, articleId: article.id })).toEqual([]);
    expect(
      await db.auditEvent.count({ where: { projectId: project.id, action: { startsWith: "translation." } } }),
    ).toBe(0);
  });

  it("a timeout is a clear message and stores nothing", async () => {
    failure = "none";
    delayMs = 500;
    const { analyst, article } = await setup();
    await expect(
      machineTranslate({
        actor: analyst,
        articleId: article.id,
        input: { targetType: "SEGMENT", targetKey: "0" },
        settings: { translator: libreTranslator({ url, timeoutMs: 150 }), concurrency: 1 },
      }),
    ).rejects.toMatchObject({ status: 504, message: "LibreTranslate did not answer within 0.15 s; try again later" });
    expect(await listTranslations({ actor: analyst, articleId: article.id })).toEqual([]);
    // The abandoned request ends on the server before the next test counts requests in flight.
    await expect.poll(() => inFlight, { timeout: 2_000 }).toBe(0);
  });

  it("is refused with a clear message when no engine is set up", async () => {
    const { analyst, article } = await setup();
    await expect(
      machineTranslate({
        actor: analyst,
        articleId: article.id,
        input: { targetType: "SEGMENT", targetKey: "0" },
        settings: null,
      }),
    ).rejects.toMatchObject({ status: 409, code: "machine_translation_off" });
  });

  it("translates the 26 paragraphs of sample article 000 with progress, at most MT_CONCURRENCY at once, in under 10 s", async () => {
    failure = "none";
    delayMs = 200;
    maxInFlight = 0;
    requests = 0;
    const { analyst, article } = await setup();
    const paragraphs = await db.segment.count({ where: { articleId: article.id, kind: "PARAGRAPH" } });
    expect(paragraphs).toBe(26);
    const started = Date.now();
    const run = await startTranslationRun({ actor: analyst, articleId: article.id, settings: settings() });
    expect(run).toMatchObject({ status: "QUEUED", total: 26, done: 0, engine: "libretranslate" });
    // The job, as a worker runs it (the queue's own delivery is tested with the suggestion runs).
    const seen: number[] = [];
    const watching = setInterval(() => {
      void getTranslationRun({ actor: analyst, runId: run.id }).then((r) => seen.push(r.done));
    }, 100);
    await translationRunJob.handler(
      { runId: run.id },
      { jobId: "bench", deadline: Date.now() + 60_000, resumed: false },
    );
    clearInterval(watching);
    const elapsed = Date.now() - started;
    const finished = await getTranslationRun({ actor: analyst, runId: run.id });
    expect(finished).toMatchObject({ status: "DONE", total: 26, done: 26, failed: [], percent: 100 });
    expect(requests).toBe(26);
    expect(maxInFlight).toBe(4);
    expect(new Set(seen.filter((d) => d > 0 && d < 26)).size).toBeGreaterThan(1);
    const listed = await listTranslations({ actor: analyst, articleId: article.id });
    expect(listed).toHaveLength(26);
    expect(listed.every((t) => t.origin === "MACHINE" && t.status === "DRAFT")).toBe(true);
    console.log(
      `Machine translation run: the 26 paragraphs of sample article 000 (200 ms per answer, concurrency 4) in ${elapsed} ms`,
    );
    expect(elapsed).toBeLessThan(10_000);

    // Nothing left: a new run is done at once and sends nothing.
    expect(await startTranslationRun({ actor: analyst, articleId: article.id, settings: settings() })).toMatchObject({
      status: "DONE",
      total: 0,
    });
    expect(requests).toBe(26);
  });

  it("exports say which engine wrote a translation and whether a person edited it, and JSONL imports it back", async () => {
    failure = "none";
    delayMs = 0;
    const { analyst, admin, article } = await setup();
    const translate = (targetKey: string) =>
      machineTranslate({
        actor: analyst,
        articleId: article.id,
        input: { targetType: "SEGMENT", targetKey },
        settings: settings(),
      });
    await translate("0");
    await translate("1");
    await saveTranslation({
      actor: analyst,
      articleId: article.id,
      input: { targetType: "SEGMENT", targetKey: "1", text: "Edited by a person.", baseVersion: 1 },
    });
    const jsonl = (await exportBytes(admin, article.projectId, { format: "jsonl" })).toString("utf8");
    const record = JSON.parse(jsonl.split("\n")[1]!) as {
      translations: { targetKey: string; engine: string | null; human_edited: boolean; revisions: object[] }[];
    };
    expect(record.translations.map((t) => [t.targetKey, t.engine, t.human_edited])).toEqual([
      ["0", "libretranslate", false],
      ["1", "libretranslate", true],
    ]);
    expect(record.translations[1]!.revisions[0]).toMatchObject({ origin: "MACHINE", engine: "libretranslate" });
    const csv = (await exportBytes(admin, article.projectId, { format: "csv" })).toString("utf8");
    expect(csv.split("\n")[0]).toContain("translation_engine,translation_human_edited");

    const { project: target, admin: targetAdmin } = await makeProject();
    await importJsonl({ actor: targetAdmin, projectId: target.id, lines: linesOf(jsonl) });
    const imported = await db.translationRevision.findMany({
      where: { translation: { projectId: target.id } },
      orderBy: [{ translation: { targetKey: "asc" } }, { version: "asc" }],
      select: { origin: true, engine: true, text: true },
    });
    expect(imported.map((r) => [r.origin, r.engine])).toEqual([
      ["MACHINE", "libretranslate"],
      ["MACHINE", "libretranslate"],
      ["HUMAN", null],
    ]);
  });

  it("a run started from the API is worked by the app's job workers through the queue", async () => {
    failure = "none";
    delayMs = 200;
    const { analyst, article } = await setup();
    await startJobWorkers();
    try {
      const started = Date.now();
      const run = await startTranslationRun({ actor: analyst, articleId: article.id });
      const seen = new Set<number>();
      let current = run;
      while (current.status === "QUEUED" || current.status === "RUNNING") {
        if (Date.now() - started > 20_000) throw new Error("The translation run did not finish within 20 s");
        await new Promise((resolve) => setTimeout(resolve, 100));
        current = await getTranslationRun({ actor: analyst, runId: run.id });
        seen.add(current.done);
      }
      expect(current).toMatchObject({ status: "DONE", total: 26, done: 26, failed: [] });
      expect([...seen].filter((done) => done > 0 && done < 26).length).toBeGreaterThan(1);
      console.log(`Machine translation run through the job queue: 26 paragraphs in ${Date.now() - started} ms`);
    } finally {
      await stopJobWorkers();
    }
  });

  it("a run whose engine fails lists the failed paragraphs with the message and stores nothing for them", async () => {
    failure = "429";
    delayMs = 0;
    const { analyst, article } = await setup();
    // A paragraph translated by hand is not sent to the engine.
    await saveTranslation({
      actor: analyst,
      articleId: article.id,
      input: { targetType: "SEGMENT", targetKey: "0", text: "By hand." },
    });
    const run = await startTranslationRun({ actor: analyst, articleId: article.id, settings: settings() });
    await translationRunJob.handler(
      { runId: run.id },
      { jobId: "fail", deadline: Date.now() + 60_000, resumed: false },
    );
    const finished = await getTranslationRun({ actor: analyst, runId: run.id });
    expect(finished).toMatchObject({ status: "FAILED", total: 25, done: 25 });
    expect(finished.failed).toHaveLength(25);
    expect(finished.error).toMatch(/LibreTranslate is limiting requests/);
    expect((await listTranslations({ actor: analyst, articleId: article.id })).map((t) => t.text)).toEqual([
      "By hand.",
    ]);
  });
});
