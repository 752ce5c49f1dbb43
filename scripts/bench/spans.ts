/**
 * npx tsx scripts/bench/spans.ts
 *
 * Issue 3's API figures, on a fresh embedded PostgreSQL and the production build:
 *  - span creation through the API by 20 concurrent clients for 30 s: requests/s and latency
 *    p50/p95/p99; every tenth request is a retry of an earlier create (same client id), and
 *    afterwards the stored spans are counted: no errors, none lost, none duplicated;
 *  - beside it, interleaved in slices of a tenth of that time, the baseline: a bare loop of the
 *    same single-row INSERT into "Span" (same columns, same indexes and generated search vector)
 *    over one pipelined postgres.js connection, by as many concurrent loops; the ratio of the two
 *    p95s is the figure (target: API p95 under 25 ms);
 *  - the load starts once the background work of the two articles' imports (their suggestion runs)
 *    is done, so that neither the API nor the baseline shares the machine with it;
 *  - live update delay between two clients: one creates spans, the other receives them over the
 *    server-sent-event stream; p50/p95 from the start of the create request to the event.
 */
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import postgres from "postgres";
import {
  generateArticle,
  samplePieces,
  startBenchApp,
  summarise,
  waitForSuggestionRuns,
  type BenchApp,
} from "./support/bench-app";

const CLIENTS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const LIVE_SAMPLES = 200;

const SLICES = 10;
const TARGET_P95_MS = 25;

type Ctx = { app: BenchApp; articleId: string; labelId: string; text: string };

async function newArticle(app: BenchApp, seed: number): Promise<string> {
  const pieces = await samplePieces();
  const text = generateArticle(pieces, 20_000, seed);
  const res = await fetch(`${app.url}/api/v1/projects/${app.projectId}/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${app.token}`, "content-type": "application/json" },
    body: JSON.stringify({ title: `bench ${seed}`, text }),
  });
  return ((await res.json()) as { results: { articles: { id: string }[] }[] }).results[0]!.articles[0]!.id;
}

async function storedText(app: BenchApp, articleId: string): Promise<string> {
  const res = await fetch(`${app.url}/api/v1/articles/${articleId}`, {
    headers: { authorization: `Bearer ${app.token}` },
  });
  return ((await res.json()) as { text: string }).text;
}

async function setup(app: BenchApp): Promise<Ctx> {
  const articleId = await newArticle(app, 1);
  const labels = (await (
    await fetch(`${app.url}/api/v1/projects/${app.projectId}/labels`, {
      headers: { authorization: `Bearer ${app.token}` },
    })
  ).json()) as { labels: { id: string }[] };
  return { app, articleId, labelId: labels.labels[0]!.id, text: await storedText(app, articleId) };
}

function randomSpan(ctx: Ctx) {
  const start = Math.floor(Math.random() * (ctx.text.length - 40));
  const end = start + 5 + Math.floor(Math.random() * 30);
  return { id: randomUUID(), labelId: ctx.labelId, start, end, quote: ctx.text.slice(start, end) };
}

async function post(ctx: Ctx, body: unknown): Promise<Response> {
  return fetch(`${ctx.app.url}/api/v1/articles/${ctx.articleId}/spans`, {
    method: "POST",
    headers: { authorization: `Bearer ${ctx.app.token}`, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

type TLoad = { latencies: number[]; created: Set<string>; errors: number; retries: number; seconds: number };

/** One slice of API load: CLIENTS clients creating spans (every tenth a retry) until the deadline. */
async function apiSlice(ctx: Ctx, seconds: number, load: TLoad, mine: ReturnType<typeof randomSpan>[][]) {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = 0; performance.now() < deadline; i++) {
        const own = mine[client]!;
        const retry = i % 10 === 9 && own.length > 0;
        const span = retry ? own[Math.floor(Math.random() * own.length)]! : randomSpan(ctx);
        const t = performance.now();
        const res = await post(ctx, span);
        await res.arrayBuffer();
        load.latencies.push(performance.now() - t);
        if (res.status === 201) {
          load.created.add(span.id);
          own.push(span);
        } else if (res.status === 200 && retry) load.retries++;
        else {
          load.errors++;
          if (load.errors < 5) console.error(`client ${client}: HTTP ${res.status}`);
        }
      }
    }),
  );
  load.seconds += (performance.now() - started) / 1000;
}

/** One slice of the baseline: CLIENTS loops of a bare INSERT over one pipelined connection. */
async function insertSlice(ctx: Ctx, sql: postgres.Sql, authorId: string, seconds: number, latencies: number[]) {
  const deadline = performance.now() + seconds * 1000;
  let count = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const span = randomSpan(ctx);
        const t = performance.now();
        await sql`
          insert into "Span" (id, "projectId", "articleId", "labelId", start, "end", quote, prefix, suffix, "authorId", "updatedAt")
          values (${span.id}::uuid, ${ctx.app.projectId}::uuid, ${ctx.articleId}::uuid, ${span.labelId}::uuid, ${span.start}, ${span.end},
            ${span.quote}, ${ctx.text.slice(Math.max(0, span.start - 32), span.start)}, ${ctx.text.slice(span.end, span.end + 32)},
            ${authorId}::uuid, now())`;
        latencies.push(performance.now() - t);
        count++;
      }
    }),
  );
  return { count, seconds: (performance.now() - started) / 1000 };
}

async function createLoad(ctx: Ctx) {
  // The baseline writes to an article of its own, so the API's article holds only its own spans.
  const baselineId = await newArticle(ctx.app, 2);
  const baseline: Ctx = { ...ctx, articleId: baselineId, text: await storedText(ctx.app, baselineId) };
  // Both imports queued suggestion runs; they are background work, not span creation.
  await waitForSuggestionRuns(ctx.app);
  const sql = postgres(ctx.app.databaseUrl, { max: 1, onnotice: () => undefined });
  const [author] = await sql<{ id: string }[]>`select id from "User" where email = ${ctx.app.email}`;
  const load: TLoad = { latencies: [], created: new Set(), errors: 0, retries: 0, seconds: 0 };
  const mine = Array.from({ length: CLIENTS }, () => [] as ReturnType<typeof randomSpan>[]);
  const bare: number[] = [];
  let bareCount = 0;
  let bareSeconds = 0;
  for (let slice = 0; slice < SLICES; slice++) {
    const first = slice % 2 === 0;
    if (first) await apiSlice(ctx, SECONDS / SLICES, load, mine);
    const b = await insertSlice(baseline, sql, author!.id, SECONDS / SLICES, bare);
    bareCount += b.count;
    bareSeconds += b.seconds;
    if (!first) await apiSlice(ctx, SECONDS / SLICES, load, mine);
  }
  await sql.end();
  const { latencies, created, errors, retries } = load;
  const list = (await (
    await fetch(`${ctx.app.url}/api/v1/articles/${ctx.articleId}/spans`, {
      headers: { authorization: `Bearer ${ctx.app.token}` },
    })
  ).json()) as { spans: { id: string }[] };
  const storedIds = new Set(list.spans.map((s) => s.id));
  const lost = [...created].filter((id) => !storedIds.has(id)).length;
  // Ids are primary keys, so a duplicate would show as a stored span no create acknowledged.
  const duplicated = [...storedIds].filter((id) => !created.has(id)).length;
  const s = summarise(latencies);
  const b = summarise(bare);
  console.log(
    `span create: ${CLIENTS} clients × ${SECONDS} s: ${s.n} requests (${retries} retries of an earlier id), ${(s.n / load.seconds).toFixed(1)} req/s, ` +
      `p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms; errors ${errors}; created ${created.size}, stored ${list.spans.length}, lost ${lost}, duplicated ${duplicated}`,
  );
  console.log(
    `bare INSERT (postgres.js, one pipelined connection, ${CLIENTS} loops × ${SECONDS} s, interleaved): ${b.n} rows, ${(bareCount / bareSeconds).toFixed(1)} rows/s, ` +
      `p50 ${b.p50} ms, p95 ${b.p95} ms, p99 ${b.p99} ms`,
  );
  console.log(
    `span create p95 ${s.p95} ms = ${(s.p95 / b.p95).toFixed(1)}× the bare INSERT's ${b.p95} ms (p50 ×${(s.p50 / b.p50).toFixed(1)}); ` +
      `target p95 < ${TARGET_P95_MS} ms: ${s.p95 < TARGET_P95_MS ? "met" : "NOT met"}; load average ${loadavg()[0]!.toFixed(1)}`,
  );
  return list.spans.length;
}

/** Reads the article's event stream and calls back with each span id as it arrives. */
async function subscribe(ctx: Ctx, onSpan: (id: string) => void, signal: AbortSignal): Promise<void> {
  const res = await fetch(`${ctx.app.url}/api/v1/articles/${ctx.articleId}/events`, {
    headers: { authorization: `Bearer ${ctx.app.token}` },
    signal,
  });
  if (!res.body) throw new Error("no event stream");
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let ready!: () => void;
  const isReady = new Promise<void>((r) => (ready = r));
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut = buffer.indexOf("\n\n");
        while (cut >= 0) {
          const chunk = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          if (chunk.startsWith("event: ready")) ready();
          const data = chunk.split("\n").find((l) => l.startsWith("data: "));
          if (data && chunk.startsWith("event: span."))
            onSpan((JSON.parse(data.slice(6)) as { spanId: string }).spanId);
          cut = buffer.indexOf("\n\n");
        }
      }
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  })();
  await isReady;
}

async function liveDelay(ctx: Ctx) {
  const sentAt = new Map<string, number>();
  const delays: number[] = [];
  const abort = new AbortController();
  let resolveAll!: () => void;
  const all = new Promise<void>((r) => (resolveAll = r));
  await subscribe(
    ctx,
    (id) => {
      const t = sentAt.get(id);
      if (t === undefined) return;
      delays.push(performance.now() - t);
      if (delays.length === LIVE_SAMPLES) resolveAll();
    },
    abort.signal,
  );
  for (let i = 0; i < LIVE_SAMPLES; i++) {
    const span = randomSpan(ctx);
    sentAt.set(span.id, performance.now());
    const res = await post(ctx, span);
    if (res.status !== 201) throw new Error(`create failed: HTTP ${res.status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  await Promise.race([all, new Promise((r) => setTimeout(r, 10_000))]);
  abort.abort();
  const s = summarise(delays);
  console.log(
    `live update delay (create → other client's event stream): ${s.n}/${LIVE_SAMPLES} received, p50 ${s.p50} ms, p95 ${s.p95} ms, max ${s.max} ms`,
  );
}

async function main() {
  const app = await startBenchApp();
  try {
    const ctx = await setup(app);
    await createLoad(ctx);
    await liveDelay(ctx);
  } finally {
    await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
