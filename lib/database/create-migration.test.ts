import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMigration, migrationSlug, nextTimestamp } from "./create-migration";
import { isEmptyMigration } from "./schema-diff";
import { readSchemaSnapshot } from "./schema-snapshot";

const HEADER = `generator client {\n  provider = "prisma-client"\n  output   = "./generated"\n}\n\ndatasource db {\n  provider = "postgresql"\n}\n`;
const NOTE = `model Note {\n  id    Int    @id @default(autoincrement())\n  title String\n}\n`;
const NOTE_WITH_BODY = `model Note {\n  id    Int    @id @default(autoincrement())\n  title String\n  body  String @default("")\n}\n`;

let dir: string;
let schemaPath: string;
let migrationsDir: string;

async function writeSchema(models: string): Promise<void> {
  await writeFile(schemaPath, HEADER + models);
}

async function create(name: string, now: string) {
  return createMigration({ name, schemaPath, migrationsDir, now: new Date(now) });
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "wb-new-migration-"));
  schemaPath = path.join(dir, "schema.prisma");
  migrationsDir = path.join(dir, "migrations");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("createMigration", () => {
  it("writes the first migration from an empty database, with the lockfile and a snapshot", async () => {
    await writeSchema(NOTE);
    const created = await create("Init!", "2025-01-02T03:04:05Z");

    expect(created.name).toBe("20250102030405_init");
    expect(await readFile(created.file, "utf8")).toContain('CREATE TABLE "Note"');
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
    expect(await readSchemaSnapshot(migrationsDir)).toEqual({ migration: created.name, content: HEADER + NOTE });
  });

  it("writes only what changed since the newest migration, even before anything is committed", async () => {
    await writeSchema(NOTE);
    await create("init", "2025-01-02T03:04:05Z");
    await writeSchema(NOTE_WITH_BODY);
    const created = await create("add body", "2025-01-02T03:04:05Z");

    expect(created.name).toBe("20250102030406_add_body");
    expect(created.sql).toContain('ALTER TABLE "Note" ADD COLUMN     "body" TEXT NOT NULL DEFAULT \'\'');
    expect(created.sql).not.toContain("CREATE TABLE");
    expect(await readdir(migrationsDir)).toEqual(
      expect.arrayContaining(["20250102030405_init", "20250102030406_add_body"]),
    );
  });

  it("refuses when the schema has not changed", async () => {
    await writeSchema(NOTE);
    await create("init", "2025-01-02T03:04:05Z");
    await expect(create("again", "2025-01-03T00:00:00Z")).rejects.toThrow(/no changes .* nothing to migrate/);
  });

  it("refuses when the newest migration was written by other means", async () => {
    await writeSchema(NOTE);
    await create("init", "2025-01-02T03:04:05Z");
    await mkdir(path.join(migrationsDir, "20250105000000_by_hand"));
    await writeFile(path.join(migrationsDir, "20250105000000_by_hand", "migration.sql"), "SELECT 1;\n");
    await writeSchema(NOTE_WITH_BODY);
    await expect(create("add body", "2025-01-06T00:00:00Z")).rejects.toThrow(/20250105000000_by_hand.*--from/);
  });

  it("diffs from the schema given with --from", async () => {
    const from = path.join(dir, "old.prisma");
    await writeFile(from, HEADER + NOTE);
    await writeSchema(NOTE_WITH_BODY);
    const created = await createMigration({ name: "add_body", fromFile: from, schemaPath, migrationsDir });
    expect(created.sql).toContain('ADD COLUMN     "body"');
    expect(created.sql).not.toContain("CREATE TABLE");
  });

  it("reports an invalid schema with the engine's message", async () => {
    await writeSchema("model Broken {\n  id Int @id\n  owner Nope\n}\n");
    await expect(create("broken", "2025-01-02T03:04:05Z")).rejects.toThrow(/Comparing Prisma schemas failed: .*Nope/s);
  });
});

describe("migration names", () => {
  it("slugifies like Prisma and rejects names with no letters or digits", () => {
    expect(migrationSlug("Add claims & verdicts")).toBe("add_claims_verdicts");
    expect(() => migrationSlug("!!!")).toThrow(/cannot be used/);
  });

  it("sorts a new migration after every existing one", () => {
    expect(nextTimestamp(new Date("2025-01-02T03:04:05Z"), [])).toBe("20250102030405");
    expect(nextTimestamp(new Date("2025-01-02T03:04:05Z"), ["20250102030405_a"])).toBe("20250102030406");
    expect(nextTimestamp(new Date("2025-01-01T00:00:00Z"), ["20251231235959_future"])).toBe("20260101000000");
  });

  it("treats comment-only SQL as empty", () => {
    expect(isEmptyMigration("-- This is an empty migration.\n")).toBe(true);
    expect(isEmptyMigration("-- AddColumn\nALTER TABLE x ADD COLUMN y int;\n")).toBe(false);
  });
});
