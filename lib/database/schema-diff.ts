import type { DiffTarget } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { engineErrorMessage, NO_EXTERNAL_ENTITIES, withSchemaEngine } from "./schema-engine";

/**
 * Writes migration SQL by comparing two versions of the Prisma schema. Needs no database: the
 * engine computes both sides from the schema text alone, which is also what makes the result
 * reproducible on any machine.
 */

export interface SchemaSource {
  /** Shown in error messages, e.g. "prisma/schema.prisma". */
  path: string;
  content: string;
}

function target(source: SchemaSource | null): DiffTarget {
  if (source === null || source.content.trim() === "") return { tag: "empty" };
  return { tag: "schemaDatamodel", files: [{ path: source.path, content: source.content }] };
}

/** True when SQL holds nothing but comments and whitespace (the engine says "empty migration"). */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}

/**
 * PostgreSQL DDL that turns a database built from `from` (null: an empty database) into one
 * matching `to`. Throws with the engine's validation message when either schema is invalid.
 */
export async function diffSchemas(from: SchemaSource | null, to: SchemaSource): Promise<string> {
  try {
    const result = await withSchemaEngine(undefined, (engine) =>
      engine.diff({ from: target(from), to: target(to), script: true, exitCode: null, filters: NO_EXTERNAL_ENTITIES }),
    );
    return result.stdout ?? "";
  } catch (error) {
    throw new Error(`Comparing Prisma schemas failed: ${engineErrorMessage(error)}`, { cause: error });
  }
}
