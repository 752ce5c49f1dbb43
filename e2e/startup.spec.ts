import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test } from "./fixtures/test";
import { createDatabase, dropDatabase } from "../lib/database/admin";
import { findFreePort } from "../lib/database/ports";
import { withDatabase } from "../lib/database/url";

/** Starts the production server against `databaseUrl` and returns its exit code and output. */
function startServer(databaseUrl: string, port: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      path.resolve("node_modules/.bin/next"),
      ["start", "--port", String(port), "--hostname", "127.0.0.1"],
      {
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          NEXTAUTH_SECRET: "x".repeat(32),
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test.describe("server start-up checks", () => {
  test.setTimeout(120_000);

  test("refuses to start on a database that is behind on migrations", async () => {
    const server = process.env.DATABASE_URL!;
    const name = `wb_behind_${Date.now()}`;
    await createDatabase(server, name);
    try {
      const { code, output } = await startServer(withDatabase(server, name), await findFreePort());
      expect(code).toBe(1);
      expect(output).toContain("The workbench cannot start: The database is behind on migrations");
      expect(output).toContain("Run `npm run db:migrate`");
    } finally {
      await dropDatabase(server, name);
    }
  });

  test("refuses to start when PostgreSQL is unreachable", async () => {
    const { code, output } = await startServer("postgresql://nobody:secret@127.0.0.1:9/none", await findFreePort());
    expect(code).toBe(1);
    expect(output).toContain("The workbench cannot start: Cannot reach PostgreSQL at 127.0.0.1:9");
    expect(output).not.toContain("secret");
  });
});
