/**
 * npx tsx scripts/bench/spans.ts
 *
 * Issue 3's API figures, on a fresh embedded PostgreSQL and the production build:
 *  - span creation through the API by 20 concurrent clients for 30 s: requests/s and latency
 *    p50/p95/p99; every tenth request is a retry of an earlier create (same client id), and
 *    afterwards the stored spans are counted: no errors, none lost, none duplicated;
 *  - live update delay between two clients: one creates spans, the other receives them over the
 *    server-sent-event stream; p50/p95 from the start of the create request to the event.
 */
import { randomUUID } from "node:crypto";
import { generateArticle, samplePieces, startBenchApp, summarise, type BenchApp } from "./support/bench-app";

const CLIENTS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const LIVE_SAMPLES = 200;

type Ctx = { app: BenchApp; articleId: string; labelId: string; text: string };

async function setup(app: BenchApp): Promise<Ctx> {
  const pieces = await samplePieces();
  const text = generateArticle(pieces, 20_000, 1);
  const res = await fetch(`${app.url}/api/v1/projects/${app.projectId}/articles`, {
    method: "POST",
    headers: { authorization: `Bearer ${app.token}`, "content-type": "application/json" },
    body: JSON.stringify({ title: "bench", text }),
  });
  const articleId = ((await res.json()) as { results: { articles: { id: string }[] }[] }).results[0]!.articles[0]!.id;
  const labels = (await (
    await fetch(`${app.url}/api/v1/projects/${app.projectId}/labels`, {
      headers: { authorization: `Bearer ${app.token}` },
    })
  ).json()) as { labels: { id: string }[] };
  const stored = (await (
    await fetch(`${app.url}/api/v1/articles/${articleId}`, { headers: { authorization: `Bearer ${app.token}` } })
  ).json()) as { text: string };
  return { app, articleId, labelId: labels.labels[0]!.id, text: stored.text };
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

async function createLoad(ctx: Ctx) {
  const latencies: number[] = [];
  const created = new Set<string>();
  let errors = 0;
  let retries = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const mine: ReturnType<typeof randomSpan>[] = [];
      for (let i = 0; performance.now() < deadline; i++) {
        const retry = i % 10 === 9 && mine.length > 0;
        const span = retry ? mine[Math.floor(Math.random() * mine.length)]! : randomSpan(ctx);
        const t = performance.now();
        const res = await post(ctx, span);
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        if (res.status === 201) {
          created.add(span.id);
          mine.push(span);
        } else if (res.status === 200 && retry) retries++;
        else {
          errors++;
          if (errors < 5) console.error(`client ${client}: HTTP ${res.status}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
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
  console.log(
    `span create: ${CLIENTS} clients × ${SECONDS} s: ${s.n} requests (${retries} retries of an earlier id), ${(s.n / elapsed).toFixed(1)} req/s, ` +
      `p50 ${s.p50} ms, p95 ${s.p95} ms, p99 ${s.p99} ms; errors ${errors}; created ${created.size}, stored ${list.spans.length}, lost ${lost}, duplicated ${duplicated}`,
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
