import { randomBytes } from "node:crypto";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { isPortFree } from "../../../lib/database/ports";
import { buildNext, nextEnv, staleBuildReason, startNext, type NextServer } from "../../support/next-app";
import { createTestDatabase, type TestDatabase } from "../../test/test-database";

/**
 * A throwaway workbench for a benchmark: a fresh embedded PostgreSQL (never the user's data),
 * the production build (rebuilt only when sources changed) served by `next start`, and an
 * administrator with a project and an API token, made through the domain functions.
 */
export type BenchApp = {
  url: string;
  databaseUrl: string;
  token: string;
  projectId: string;
  email: string;
  password: string;
  stop(): Promise<void>;
};

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) if (await isPortFree(port, "127.0.0.1")) return port;
  throw new Error("no free port for the bench server");
}

export async function startBenchApp(): Promise<BenchApp> {
  const database: TestDatabase = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  let server: NextServer | undefined;
  try {
    const port = await freePort(3900);
    const url = `http://127.0.0.1:${port}`;
    const env = nextEnv({
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: url,
      AUTH_TRUST_HOST: "true",
      // The benchmarks measure the server, not the per-token request limit.
      API_TOKEN_REQUESTS_PER_MINUTE: "0",
    });
    const stale = await staleBuildReason();
    if (stale) {
      process.stderr.write(`Building the app (${stale})…\n`);
      await buildNext(env);
    }
    await mkdir(path.join(process.cwd(), ".data"), { recursive: true });
    server = await startNext({
      mode: "start",
      port,
      host: "127.0.0.1",
      env,
      logFile: path.join(process.cwd(), ".data", "bench-server.log"),
    });
    const { createUser } = await import("../../../lib/users/create-user");
    const { createProject } = await import("../../../lib/projects/create-project");
    const { createApiToken } = await import("../../../lib/tokens/create-api-token");
    const password = randomBytes(12).toString("base64url");
    const admin = await createUser({
      actor: null,
      input: { email: "bench@workbench.local", name: "Bench", password, isAdmin: true },
    });
    const project = await createProject({ actor: admin, input: { name: "Benchmark" } });
    const { token } = await createApiToken({ actor: admin, input: { name: "bench" } });
    const running = server;
    return {
      url,
      databaseUrl: database.url,
      token,
      projectId: project.id,
      email: admin.email,
      password,
      async stop() {
        const { disconnectDb } = await import("../../../lib/db");
        await disconnectDb();
        await running.stop();
        await database.cleanup();
      },
    };
  } catch (error) {
    await server?.stop();
    await database.cleanup();
    throw error;
  }
}

/**
 * Waits until the project's suggestion runs are done: an import queues one in the background
 * (suggestions, incident and link proposals for the new articles), and while it runs it takes a
 * share of the server's CPU that a measurement of something else would count against its target.
 */
export async function waitForSuggestionRuns(app: BenchApp, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await fetch(`${app.url}/api/v1/projects/${app.projectId}/suggestions/run`, {
      headers: { authorization: `Bearer ${app.token}` },
    });
    const { runs } = (await res.json()) as { runs: { status: string }[] };
    if (!runs.some((r) => r.status === "QUEUED" || r.status === "RUNNING")) return;
    if (Date.now() > deadline) throw new Error("the import's suggestion run did not finish in time");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie header. */
export async function signInCookie(app: BenchApp): Promise<string> {
  const csrf = await fetch(`${app.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${app.url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email: app.email, password: app.password, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c?.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (HTTP ${res.status})`);
  return `${jar}; ${session}`;
}

/** Sample-corpus paragraphs, for generating realistic Arabic articles of a given size. */
export async function samplePieces(): Promise<string[]> {
  const dir = path.join(process.cwd(), "sample", "corpus");
  const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as {
    articles: { file: string }[];
  };
  const texts = await Promise.all(manifest.articles.map((a) => readFile(path.join(dir, a.file), "utf8")));
  return texts.flatMap((t) => t.split("\n").filter((l) => l.trim().length > 40));
}

/** An article of about `bytes` UTF-8 bytes, made of sample paragraphs, unique by its first line. */
export function generateArticle(pieces: string[], bytes: number, seed: number): string {
  const lines = [`تقرير رقم ${seed} عن الهجمات على القوات الأمريكية`];
  let size = Buffer.byteLength(lines[0]!);
  for (let i = 0; size < bytes; i++) {
    const line = pieces[(seed * 7919 + i * 104729) % pieces.length]!;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return lines.join("\n");
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarise(latencies: number[]): { n: number; p50: number; p95: number; p99: number; max: number } {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? NaN),
  };
}
