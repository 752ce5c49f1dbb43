import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort, isPortFree } from "../lib/database/ports";

/**
 * `npm start` as a user runs it, on its own embedded PostgreSQL in a temporary directory and on
 * loopback only, against the production build that `npm test` made just before: the database is
 * killed (the API answers 503, the supervisor starts it again, the API answers again), the start
 * process gets SIGTERM through npm, SIGHUP directly and SIGINT as Ctrl-C sends it (app and
 * database stop, the port is free), and it is killed outright (the app server stops on its own;
 * the next start clears the orphaned database and comes up).
 */

const ROOT = path.resolve(import.meta.dirname, "..");
const dataDir = await mkdtemp(path.join(os.tmpdir(), "wb-start-"));
// As root the embedded server runs as the postgres user, who must reach its directory.
await chmod(dataDir, 0o755);
const started: ChildProcess[] = [];

afterAll(async () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  const pid = await postmasterPid().catch(() => undefined);
  if (pid && alive(pid)) process.kill(pid, "SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function postmasterPid(): Promise<number | undefined> {
  const text = await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number.parseInt(text.split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) ? pid : undefined;
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Starts the workbench (through npm when asked) and waits until it says it is running. */
async function startWorkbench(options: { viaNpm?: boolean; ownGroup?: boolean } = {}) {
  const port = await findFreePort();
  const [command, args] = options.viaNpm
    ? ["npm", ["start", "--silent"]]
    : [process.execPath, ["--import", "tsx", "scripts/start.ts"]];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    WORKBENCH_DATA_DIR: dataDir,
    WORKBENCH_USE_BUILD: "1",
    ADMIN_PASSWORD: "process test password",
    NEXTAUTH_SECRET: "process-test-secret-process-test-secret",
    JOB_LEASE_SECONDS: "6",
  };
  delete env.DATABASE_URL;
  // ownGroup: a process group of its own, as a terminal gives a command (Ctrl-C signals the group).
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: options.ownGroup });
  started.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 180_000;
  while (!output.includes("The workbench is running at")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const base = `http://127.0.0.1:${port}`;
  return { child, port, base, exited, output: () => output };
}

const health = (base: string) =>
  fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status);
/** A request through the API wrapper that must reach the database (the token lookup). */
const apiStatus = (base: string) =>
  fetch(`${base}/api/v1/projects`, {
    headers: { authorization: "Bearer wbt_not-a-real-token" },
    signal: AbortSignal.timeout(5_000),
  }).then(async (r) => ({ status: r.status, body: await r.text() }));

describe("npm start: crashes and signals", () => {
  it("answers 503 while its database is down, restarts the database, and answers again", async () => {
    const app = await startWorkbench();
    expect(await health(app.base)).toBe(200);
    expect((await apiStatus(app.base)).status).toBe(401);

    const pid = (await postmasterPid())!;
    process.kill(pid, "SIGKILL");
    const down = await until(
      "a 503 from the API",
      async () => {
        const r = await apiStatus(app.base);
        return r.status === 503 ? r : false;
      },
      20_000,
    );
    expect(JSON.parse(down.body)).toMatchObject({
      error: { code: "database_unavailable", message: expect.stringContaining("unavailable, retrying") },
    });

    await until("the database back (health 200)", async () => (await health(app.base)) === 200, 60_000);
    // The API's pool reconnects on its next statements: it answers as before within seconds, by itself.
    await until("the API answering as before (401)", async () => (await apiStatus(app.base)).status === 401, 20_000);
    expect(await postmasterPid()).not.toBe(pid);
    expect(app.output()).toMatch(/stopped unexpectedly[\s\S]*running again/);

    // SIGHUP to the start process: app and database stop, the port is free again.
    app.child.kill("SIGHUP");
    expect(await Promise.race([app.exited, new Promise((r) => setTimeout(() => r("timeout"), 30_000))])).toBe(0);
    expect(await isPortFree(app.port, "127.0.0.1")).toBe(true);
    const last = await postmasterPid();
    expect(last === undefined || !alive(last)).toBe(true);
  }, 300_000);

  it("stops app and database on SIGTERM sent to npm", async () => {
    const app = await startWorkbench({ viaNpm: true });
    const dbPid = (await postmasterPid())!;
    app.child.kill("SIGTERM");
    await until("the app port to be free", async () => isPortFree(app.port, "127.0.0.1"), 30_000);
    await until("the database to stop", async () => !alive(dbPid), 30_000);
  }, 300_000);

  it("stops app and database on Ctrl-C (SIGINT to its process group)", async () => {
    const app = await startWorkbench({ ownGroup: true });
    const dbPid = (await postmasterPid())!;
    process.kill(-app.child.pid!, "SIGINT");
    expect(await Promise.race([app.exited, new Promise((r) => setTimeout(() => r("timeout"), 30_000))])).toBe(0);
    expect(await isPortFree(app.port, "127.0.0.1")).toBe(true);
    await until("the database to stop", async () => !alive(dbPid), 30_000);
    expect(app.output()).toMatch(/Stopping \(SIGINT\)/);
    expect(app.output()).not.toMatch(/stopped unexpectedly/);
  }, 300_000);

  it("comes up after the start process was killed outright", async () => {
    const app = await startWorkbench();
    const dbPid = (await postmasterPid())!;
    app.child.kill("SIGKILL");
    // The app server notices its parent is gone and stops; the database is left running.
    await until("the orphaned app server to stop", async () => isPortFree(app.port, "127.0.0.1"), 30_000);
    expect(alive(dbPid)).toBe(true);

    const again = await startWorkbench();
    expect(again.output()).toMatch(/left running by an earlier run/);
    expect(await health(again.base)).toBe(200);
    again.child.kill("SIGTERM");
    expect(await Promise.race([again.exited, new Promise((r) => setTimeout(() => r("timeout"), 30_000))])).toBe(0);
  }, 300_000);
});
