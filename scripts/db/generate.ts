/**
 * Runs `prisma generate` (the postinstall step). The Prisma CLI first tries to download its native
 * schema engine, which fails without internet access; `generate` never runs that engine, so
 * pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips the download. Migrations use
 * the WebAssembly engine instead (lib/database/migrations.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..");
const prisma = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "prisma.cmd" : "prisma");

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = path.join(root, "package.json");
}
// No update checks or telemetry: they would only time out offline.
env.CHECKPOINT_DISABLE ??= "1";
env.PRISMA_HIDE_UPDATE_MESSAGE ??= "1";

const result = spawnSync(prisma, ["generate"], { cwd: root, env, stdio: "inherit" });
if (result.error) {
  console.error(`Could not run ${prisma}: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
