import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Building and running the Next.js app as a child process, shared by `npm start` and `npm test`.
 */

const NEXT_BIN = path.resolve("node_modules", ".bin", process.platform === "win32" ? "next.cmd" : "next");
const BUILD_ID = path.resolve(".next", "BUILD_ID");

/** What a production build is made from (public/ is served as is, so it is not listed). */
const SOURCE_DIRS = ["app", "components", "lib"];
const SOURCE_FILES = [
  "next.config.js",
  "next.config.mjs",
  "next.config.ts",
  "package.json",
  "tsconfig.json",
  "prisma/schema.prisma",
  "postcss.config.mjs",
  "postcss.config.js",
  "proxy.ts",
  "middleware.ts",
  "instrumentation.ts",
];
const IGNORED = [path.join("lib", "generated")];

async function newestChange(target: string): Promise<number> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target, { withFileTypes: true })) {
    const child = path.join(target, entry.name);
    if (IGNORED.some((ignored) => child === path.resolve(ignored) || child === ignored)) continue;
    if (entry.name.endsWith(".test.ts") || entry.name === "node_modules") continue;
    newest = Math.max(newest, await newestChange(child));
  }
  return newest;
}

/** Why the production build must be redone, or undefined when .next is up to date. */
export async function staleBuildReason(): Promise<string | undefined> {
  const built = await stat(BUILD_ID).catch(() => undefined);
  if (!built) return "no production build yet";
  for (const source of [...SOURCE_DIRS, ...SOURCE_FILES]) {
    if ((await newestChange(path.resolve(source))) > built.mtimeMs) return `${source} changed since the last build`;
  }
  return undefined;
}

/** Environment for every Next process: no telemetry (it would only time out offline). */
export function nextEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** `next build`, with its output shown. Rejects when the build fails. */
export async function buildNext(env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(NEXT_BIN, ["build"], {
    env: { ...env, NODE_ENV: "production" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await exitCode(child);
  if (code !== 0) throw new Error(`next build failed (exit code ${code})`);
}

export interface NextServer {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code when the server exits by itself. */
  exited: Promise<number>;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export interface StartNextOptions {
  mode: "start" | "dev";
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
  /** Write the server's output here instead of to the terminal. */
  logFile?: string;
}

async function waitForHttp(url: string, exited: Promise<number>, timeoutMs: number): Promise<void> {
  let exitedWith: number | undefined;
  void exited.then((code) => (exitedWith = code));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitedWith !== undefined) throw new Error(`the Next.js server exited (code ${exitedWith}) before it answered`);
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`the Next.js server did not answer at ${url} within ${timeoutMs / 1000}s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs `next start` or `next dev` and resolves once it answers HTTP requests. */
export async function startNext(options: StartNextOptions): Promise<NextServer> {
  // Idle connections stay open longer than clients keep them (Node's default is 5 s): a client that
  // reuses a pooled connection just as the server drops it gets ECONNRESET.
  const keepAlive = options.mode === "start" ? ["--keepAliveTimeout", "65000"] : [];
  const args = [options.mode, "--port", String(options.port), "--hostname", options.host, ...keepAlive];
  const log = options.logFile ? createWriteStream(options.logFile) : undefined;
  // NEXT_CPU_PROFILE_DIR=dir writes the server's V8 CPU profile there when it stops (for benchmarks).
  const profileDir = process.env.NEXT_CPU_PROFILE_DIR;
  const [command, commandArgs] = profileDir
    ? [
        process.execPath,
        [
          "--cpu-prof",
          `--cpu-prof-dir=${path.resolve(profileDir)}`,
          path.resolve("node_modules", "next", "dist", "bin", "next"),
          ...args,
        ],
      ]
    : [NEXT_BIN, args];
  const child = spawn(command, commandArgs, {
    env: options.env,
    stdio: ["ignore", log ? "pipe" : "inherit", log ? "pipe" : "inherit"],
  });
  if (log) {
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
  }
  const exited = exitCode(child);
  const urlHost = options.host === "0.0.0.0" || options.host === "::" ? "localhost" : options.host;
  const url = `http://${urlHost}:${options.port}`;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        // A spawn failure was already reported by whoever awaited `exited`; here we only wait.
        await exited.catch(() => undefined);
        clearTimeout(timer);
      }
      log?.end();
    })();
    return stopping;
  };
  try {
    await waitForHttp(url, exited, options.mode === "dev" ? 120_000 : 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, exited, stop };
}
