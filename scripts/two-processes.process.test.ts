import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort, isPortFree } from "../lib/database/ports";
import { createTestDatabase, type TestDatabase } from "./test/test-database";

/**
 * Two app processes (`scripts/start.ts`, as deployed, with one DATABASE_URL) on one PostgreSQL
 * database, on loopback only, against the production build: a user signed in on one is signed in
 * on the other, a span written through one reaches an event stream opened on the other, and a
 * project-wide suggestion run started on one whose process is then killed (SIGKILL) is finished
 * by the other, storing what the same run stores alone. The job lease is short here
 * (JOB_LEASE_SECONDS) so that the take-over happens within seconds.
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const LEASE_SECONDS = 3;
/**
 * Copies of each of the five sample articles per project. The run is killed after its first
 * article, so a few are enough; more make the steps after a run (incidents, link proposals between
 * the copies) slow.
 */
const COPIES = 2;
const ADMIN = { email: "admin@workbench.local", password: "two processes test password" };
const SECRET = "two-processes-test-secret-two-processes-test";

type App = { name: string; child: ChildProcess; base: string; port: number; output: () => string };
type Json = Record<string, unknown>;

let database: TestDatabase | undefined;
let sql: postgres.Sql | undefined;
const apps: App[] = [];
let publicUrl = "";

function db(): postgres.Sql {
  if (!sql) throw new Error("no database");
  return sql;
}

/** The process and everything it started (start.ts → next-server), deepest first. */
async function processTree(pid: number): Promise<number[]> {
  const tasks = await readdir(`/proc/${pid}/task`).catch(() => [] as string[]);
  const children: number[] = [];
  for (const task of tasks) {
    const text = await readFile(`/proc/${pid}/task/${task}/children`, "utf8").catch(() => "");
    for (const word of text.split(/\s+/)) if (word) children.push(Number(word));
  }
  const below: number[] = [];
  for (const child of children) below.push(...(await processTree(child)));
  return [...below, pid];
}

async function signalTree(app: App, signal: NodeJS.Signals): Promise<void> {
  if (app.child.pid === undefined) return;
  for (const pid of await processTree(app.child.pid)) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs: number,
  everyMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** One app process as deployed: the start script with DATABASE_URL (migrations, seed, next start). */
async function startApp(name: string): Promise<App> {
  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  publicUrl ||= base;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database!.url,
    PORT: String(port),
    HOST: "127.0.0.1",
    WORKBENCH_USE_BUILD: "1",
    // Every process of a deployment has the same secret and public URL (a load balancer's).
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: publicUrl,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    JOB_LEASE_SECONDS: String(LEASE_SECONDS),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const app: App = { name, child, base, port, output: () => output };
  apps.push(app);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await until(
    `app ${name} to start`,
    async () => {
      if (child.exitCode !== null) throw new Error(`app ${name} exited:\n${output}`);
      return output.includes("The workbench is running at");
    },
    120_000,
    200,
  ).catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  });
  return app;
}

/** A cookie jar of one browser: what the servers set, sent back on every request. */
class Client {
  private cookies = new Map<string, string>();
  constructor(private token?: string) {}

  private keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  }

  headers(app: App, extra: Record<string, string> = {}): Record<string, string> {
    const headers: Record<string, string> = { ...extra };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    // What a page of the app itself sends with a write (the server checks it for cookie writes).
    headers.origin = app.base;
    return headers;
  }

  async request(app: App, method: string, route: string, body?: unknown): Promise<{ status: number; json: Json }> {
    const response = await fetch(`${app.base}${route}`, {
      method,
      headers: this.headers(app, body === undefined ? {} : { "content-type": "application/json" }),
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    this.keep(response);
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as Json) : {} };
  }

  async ok(app: App, method: string, route: string, body?: unknown): Promise<Json> {
    const { status, json } = await this.request(app, method, route, body);
    if (status >= 300) throw new Error(`${method} ${route} on ${app.name} answered ${status}: ${JSON.stringify(json)}`);
    return json;
  }

  /** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
  async signIn(app: App, account: { email: string; password: string }): Promise<void> {
    const { csrfToken } = (await this.ok(app, "GET", "/api/auth/csrf")) as { csrfToken: string };
    const response = await fetch(`${app.base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: this.headers(app, { "content-type": "application/x-www-form-urlencoded" }),
      body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, json: "true" }),
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    this.keep(response);
    await response.text();
    if (![...this.cookies.keys()].some((name) => name.endsWith("next-auth.session-token"))) {
      throw new Error(`signing in on ${app.name} answered ${response.status} without a session cookie`);
    }
  }

  /** Opens the article's server-sent-event stream on `app`; resolves once it is ready. */
  async events(app: App, articleId: string) {
    const abort = new AbortController();
    const response = await fetch(`${app.base}/api/v1/articles/${articleId}/events`, {
      headers: this.headers(app),
      signal: abort.signal,
    });
    if (response.status !== 200 || !response.body)
      throw new Error(`event stream on ${app.name} answered ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const events: { type: string; data: Json; at: number }[] = [];
    let buffer = "";
    const pump = (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (type && data) events.push({ type, data: JSON.parse(data) as Json, at: Date.now() });
        }
      }
    })().catch(() => undefined);
    const waitFor = (what: string, match: (event: { type: string; data: Json }) => boolean, timeoutMs: number) =>
      until(what, async () => events.find(match), timeoutMs, 5);
    await waitFor(`the event stream on ${app.name} to be ready`, (e) => e.type === "ready", 10_000);
    return {
      waitFor,
      close: async () => {
        abort.abort();
        await pump;
      },
    };
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  sql = postgres(database.url, { max: 2, onnotice: () => undefined });
}, 60_000);

afterAll(async () => {
  for (const app of apps) {
    await signalTree(app, "SIGCONT");
    await signalTree(app, "SIGKILL");
  }
  // The processes' output, for a failure: test-results/two-processes-A.log and -B.log.
  await mkdir(path.join(ROOT, "test-results"), { recursive: true });
  for (const app of apps)
    await writeFile(path.join(ROOT, "test-results", `two-processes-${app.name}.log`), app.output());
  await sql?.end({ timeout: 5 }).catch(() => undefined);
  await database?.cleanup();
}, 60_000);

/** The sample corpus's texts, `COPIES` times each with a line that makes every copy a new article. */
async function articles(): Promise<{ title: string; text: string }[]> {
  const dir = path.join(ROOT, "sample", "corpus");
  const files = (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort();
  const texts = await Promise.all(files.map((name) => readFile(path.join(dir, name), "utf8")));
  const out: { title: string; text: string }[] = [];
  for (let copy = 1; copy <= COPIES; copy++) {
    for (const [i, text] of texts.entries())
      out.push({ title: `Copy ${copy} of sample ${i + 1}`, text: `${text.trim()}\n\nنسخة رقم ${copy}` });
  }
  return out;
}

type RunRow = {
  id: string;
  status: string;
  total: number;
  done: number;
  proposed: number;
  attempts: number;
  error: string | null;
  finishedAt: Date | null;
};

async function runRow(runId: string): Promise<RunRow> {
  const [row] = await db()<
    RunRow[]
  >`SELECT id, status::text AS status, total, done, proposed, attempts, error, "finishedAt" FROM "SuggestionRun" WHERE id = ${runId}`;
  if (!row) throw new Error(`no run ${runId}`);
  return row;
}

/** No run queued or running, and no job of one left in the queue. */
async function runsEnded(): Promise<boolean> {
  const [row] = await db()<{ runs: number; jobs: number }[]>`
    SELECT (SELECT count(*)::int FROM "SuggestionRun" WHERE status IN ('QUEUED', 'RUNNING')) AS runs,
           (SELECT count(*)::int FROM pgboss.job WHERE name = 'suggestion-run' AND state < 'completed') AS jobs`;
  return row!.runs === 0 && row!.jobs === 0;
}

/**
 * The runs ended and what follows them (proposed claims, incidents) stopped changing for 2 s: those
 * steps are not sliced, so with this short lease their job can be handed on (and completed) while
 * the first process is still working them.
 */
async function settled(): Promise<boolean> {
  const snapshot = async () =>
    JSON.stringify(
      await db()`
      SELECT (SELECT count(*) FROM "Claim") AS claims, (SELECT max("updatedAt") FROM "Claim") AS claim_change,
             (SELECT count(*) FROM "Event") AS events, (SELECT max("updatedAt") FROM "Event") AS event_change,
             (SELECT count(*) FROM "Suggestion" WHERE "claimId" IS NOT NULL) AS materialized`,
    );
  if (!(await runsEnded())) return false;
  const before = await snapshot();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return (await runsEnded()) && (await snapshot()) === before;
}

/** What a project's suggestion runs left behind, comparable between two projects with the same articles. */
async function outcome(projectId: string) {
  const suggestions = await db()<{ key: string }[]>`
    SELECT a.title || ' ' || s.fingerprint AS key FROM "Suggestion" s JOIN "Article" a ON a.id = s."articleId"
    WHERE s."projectId" = ${projectId} ORDER BY 1`;
  const [claims] = await db()<
    { n: number }[]
  >`SELECT count(*)::int AS n FROM "Claim" WHERE "projectId" = ${projectId} AND proposed`;
  return { suggestions: suggestions.map((row) => row.key), proposedClaims: claims!.n };
}

/** Back to articles only: what the import's own run made is removed (a run then makes it all again). */
async function clearSuggestions(projectId: string): Promise<void> {
  await db()`DELETE FROM "Suggestion" WHERE "projectId" = ${projectId}`;
  await db()`DELETE FROM "Claim" WHERE "projectId" = ${projectId} AND proposed`;
  await db()`DELETE FROM "Event" WHERE "projectId" = ${projectId}`;
}

describe("two app processes on one database", () => {
  const user = new Client();
  let a: App;
  let b: App;

  it("both serve a signed-in user: a session made on one works on the other, and so does a token", async () => {
    const started = Date.now();
    a = await startApp("A");
    b = await startApp("B");
    console.log(`Two app processes up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(a.output()).toMatch(/Created the administrator/);
    expect(b.output()).not.toMatch(/Created the administrator/);

    await user.signIn(a, ADMIN);
    const me = await user.ok(b, "GET", "/api/auth/session");
    expect(me).toMatchObject({ user: { email: ADMIN.email } });
    const { projects } = (await user.ok(b, "GET", "/api/v1/projects")) as { projects: { name: string }[] };
    expect(projects.map((p) => p.name)).toContain("Sample corpus");

    // A write with the session through B, a token made on B used on A.
    const { token } = (await user.ok(b, "POST", "/api/v1/tokens", { name: "two processes" })) as { token: string };
    expect(token).toMatch(/^wbt_/);
    const viaToken = new Client(token);
    expect((await viaToken.request(a, "GET", "/api/v1/projects")).status).toBe(200);
    expect((await new Client("wbt_not-a-real-token").request(a, "GET", "/api/v1/projects")).status).toBe(401);
  }, 240_000);

  it("live updates cross between the processes", async () => {
    const { projects } = (await user.ok(a, "GET", "/api/v1/projects")) as { projects: { id: string; name: string }[] };
    const project = projects.find((p) => p.name === "Sample corpus")!;
    const { articles: list } = (await user.ok(a, "GET", `/api/v1/projects/${project.id}/articles`)) as {
      articles: { id: string }[];
    };
    const article = (await user.ok(a, "GET", `/api/v1/articles/${list[0]!.id}`)) as { id: string; text: string };
    const { labels } = (await user.ok(a, "GET", `/api/v1/projects/${project.id}/labels`)) as {
      labels: { id: string }[];
    };

    for (const [writer, reader] of [
      [a, b],
      [b, a],
    ] as const) {
      const stream = await user.events(reader, article.id);
      try {
        const id = randomUUID();
        const start = 10 + (writer === a ? 0 : 20);
        const sent = Date.now();
        const { status } = await user.request(writer, "POST", `/api/v1/articles/${article.id}/spans`, {
          id,
          labelId: labels[0]!.id,
          start,
          end: start + 8,
          quote: article.text.slice(start, start + 8),
        });
        expect(status).toBe(201);
        const event = await stream.waitFor(
          `span ${id} on ${reader.name}'s stream`,
          (e) => e.type === "span.upsert" && e.data.spanId === id,
          10_000,
        );
        expect(event.data).toMatchObject({ articleId: article.id, spanId: id, version: 1 });
        console.log(
          `Span written through ${writer.name} arrived on ${reader.name}'s event stream ${Date.now() - sent} ms after it was sent`,
        );
      } finally {
        await stream.close();
      }
    }
  }, 60_000);

  it("a suggestion run of a killed process is finished by the other, and nothing is stored twice", async () => {
    const token = new Client(
      ((await user.ok(a, "POST", "/api/v1/tokens", { name: "runs" })) as { token: string }).token,
    );
    const corpus = await articles();
    const reference = (await token.ok(b, "POST", "/api/v1/projects", { name: "Run alone" })) as { id: string };
    const killed = (await token.ok(b, "POST", "/api/v1/projects", { name: "Run taken over" })) as { id: string };
    for (const project of [reference, killed]) {
      const summary = await token.ok(a, "POST", `/api/v1/projects/${project.id}/articles`, { articles: corpus });
      expect(summary.imported).toBe(corpus.length);
    }
    // The imports' own runs (on either process) end first; then both projects are back to articles only.
    const importStarted = Date.now();
    await until("the import runs to end", settled, 120_000, 200);
    console.log(
      `Import runs of 2 × ${corpus.length} articles ended ${((Date.now() - importStarted) / 1000).toFixed(1)} s after the imports`,
    );
    await clearSuggestions(reference.id);
    await clearSuggestions(killed.id);

    // The reference: a project-wide run with both processes alive, uninterrupted.
    const aloneStarted = Date.now();
    const alone = (
      (await token.ok(b, "POST", `/api/v1/projects/${reference.id}/suggestions/run`)) as { run: { id: string } }
    ).run;
    // DONE, and the job (with the steps that follow a run: proposed claims and incidents) completed.
    await until(
      "the reference run to end",
      async () => (await runRow(alone.id)).status === "DONE" && (await settled()),
      120_000,
    );
    const aloneMs = Date.now() - aloneStarted;
    const expected = await outcome(reference.id);
    expect(expected.suggestions.length).toBeGreaterThan(corpus.length);
    expect(await runRow(alone.id)).toMatchObject({ status: "DONE", proposed: expected.suggestions.length, error: "" });

    // The run is started on A while B is paused (so that A's worker takes it), then A is killed.
    await signalTree(b, "SIGSTOP");
    let run: { id: string };
    let killedAt: number;
    let atKill: RunRow;
    try {
      run = ((await token.ok(a, "POST", `/api/v1/projects/${killed.id}/suggestions/run`)) as { run: { id: string } })
        .run;
      await until(
        "the run to be under way on A",
        async () => {
          const row = await runRow(run.id);
          return row.status === "RUNNING" && row.done > 0;
        },
        60_000,
        20,
      );
      await signalTree(a, "SIGKILL");
      killedAt = Date.now();
      atKill = await runRow(run.id);
    } finally {
      await signalTree(b, "SIGCONT");
    }
    await until("A to be gone", async () => a.child.exitCode !== null || a.child.signalCode !== null, 10_000);
    await until("A's port to be free", async () => isPortFree(a.port, "127.0.0.1"), 10_000);
    expect(atKill.status).toBe("RUNNING");
    expect(atKill.done).toBeLessThan(atKill.total);

    // B takes the job up once its lease has run out, and finishes it.
    const resumedAt = await until(
      "B to resume the run",
      async () => {
        const row = await runRow(run.id);
        return row.attempts > atKill.attempts || row.done > atKill.done ? Date.now() : undefined;
      },
      60_000,
      50,
    );
    await until("the run to end on B", async () => (await runRow(run.id)).status === "DONE", 120_000);
    const doneAt = Date.now();
    await until("the steps after the run to end", settled, 120_000);
    const finished = await runRow(run.id);
    console.log(
      `Reference run of ${corpus.length} articles: ${(aloneMs / 1000).toFixed(1)} s. Taken-over run: A killed at ${atKill.done}/${atKill.total} ` +
        `(saved progress); B resumed it ${((resumedAt - killedAt) / 1000).toFixed(1)} s later (lease ${LEASE_SECONDS} s) and ended it ` +
        `${((doneAt - killedAt) / 1000).toFixed(1)} s after the kill.`,
    );
    expect(finished).toMatchObject({ status: "DONE", total: corpus.length, done: corpus.length, error: "" });
    expect(finished.attempts).toBeGreaterThanOrEqual(2);

    // Nothing twice: the same suggestions (and proposed claims) as the run done alone, counted once.
    const got = await outcome(killed.id);
    expect(got.suggestions).toEqual(expected.suggestions);
    expect(got.proposedClaims).toBe(expected.proposedClaims);
    expect(finished.proposed).toBe(got.suggestions.length);
    const [runs] = await db()<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "SuggestionRun" WHERE "projectId" = ${killed.id} AND trigger = 'MANUAL'`;
    expect(runs!.n).toBe(1);

    // The run ends DONE once: no job of it is left to run again, and its end does not move.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const [left] = await db()<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'suggestion-run' AND data->>'runId' = ${run.id} AND state < 'completed'`;
    expect(left!.n).toBe(0);
    expect((await runRow(run.id)).finishedAt).toEqual(finished.finishedAt);
    expect((await user.request(b, "GET", `/api/v1/suggestion-runs/${run.id}`)).json).toMatchObject({
      status: "DONE",
      percent: 100,
    });
  }, 300_000);
});
