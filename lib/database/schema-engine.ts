import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { offlineAdapterFactory } from "./offline-adapter";

/**
 * Prisma's schema engine compiled to WebAssembly. The Prisma CLI's native engine must be
 * downloaded from Prisma's servers, which offline machines cannot reach; the WASM build ships in
 * an npm package and talks to PostgreSQL through the same driver adapter as the app.
 */

export type { SchemaEngine };

/** No table or enum is managed outside Prisma. */
export const NO_EXTERNAL_ENTITIES: SchemaFilter = { externalTables: [], externalEnums: [] };

let loading: Promise<void> | undefined;

/**
 * The engine arms a 10-second timeout around its database work and never clears it, so every
 * script that used it would linger for ten seconds. Its timers are unreferenced instead: they
 * still fire while the process has other work, but no longer keep an idle process alive.
 */
function withUnrefTimers(imports: WebAssembly.ModuleImports): WebAssembly.ModuleImports {
  const wrapped: WebAssembly.ModuleImports = { ...imports };
  for (const [name, value] of Object.entries(imports)) {
    if (!name.startsWith("__wbg_setTimeout_") || typeof value !== "function") continue;
    wrapped[name] = (...args: unknown[]): unknown => {
      const timer: unknown = value(...args);
      if (timer && typeof timer === "object" && "unref" in timer && typeof timer.unref === "function") timer.unref();
      return timer;
    };
  }
  return wrapped;
}

/** Instantiates the WASM module once per process (the bindings keep it in module state). */
function loadWasm(): Promise<void> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url);
    const bindingsFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bindingsFile), "schema_engine_bg.wasm"));
    const imports = { "./schema_engine_bg.js": withUnrefTimers(bindings as unknown as WebAssembly.ModuleImports) };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    bindings.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== "function") throw new Error("@prisma/schema-engine-wasm: __wbindgen_start is missing");
    start();
  })();
  return loading;
}

/** Engine errors carry a Rust span trace after the message; keep what a person can act on. */
export function engineErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\n\s+0: /)[0]!.trim();
}

/**
 * Runs `fn` with a schema engine connected to `databaseUrl`, then frees it. Operations that need
 * no database, such as a schema-to-schema diff, pass no URL and run offline.
 */
export async function withSchemaEngine<T>(
  databaseUrl: string | undefined,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  const connections: SqlDriverAdapter[] = [];
  const factory = databaseUrl
    ? tracked(new PrismaPg({ connectionString: databaseUrl }), connections)
    : offlineAdapterFactory;
  // The engine reports progress as JSON log lines; failures arrive as rejected promises instead.
  const engine = await bindings.SchemaEngine.new(
    { datamodels: undefined },
    () => undefined,
    bindMigrationAwareSqlAdapterFactory(factory),
  ).catch(async (error: unknown) => {
    await Promise.all(connections.map((connection) => connection.dispose()));
    throw error;
  });
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(connections.map((connection) => connection.dispose()));
  }
}

/**
 * Two fixes to the connections the engine opens through @prisma/adapter-pg:
 * - The engine does not close their pools, which would keep scripts running until the pools
 *   time out; remember them so `withSchemaEngine` can close them.
 * - The adapter runs a script by splitting it at every ";", which breaks a migration with a
 *   semicolon in a comment, a string or a function body, and commits each statement on its own.
 *   Send the whole script as one simple query instead, as Prisma's native engine does: PostgreSQL
 *   then runs it in one implicit transaction, so a failing migration leaves nothing half-done.
 */
function tracked(
  factory: SqlMigrationAwareDriverAdapterFactory,
  connections: SqlDriverAdapter[],
): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (connection: SqlDriverAdapter): SqlDriverAdapter => {
    connections.push(connection);
    return {
      provider: connection.provider,
      adapterName: connection.adapterName,
      queryRaw: (query) => connection.queryRaw(query),
      executeRaw: (query) => connection.executeRaw(query),
      // No parameters: node-postgres then uses the simple query protocol, which allows many statements.
      executeScript: async (script) => {
        await connection.executeRaw({ sql: script, args: [], argTypes: [] });
      },
      startTransaction: (isolationLevel) => connection.startTransaction(isolationLevel),
      getConnectionInfo: () => connection.getConnectionInfo?.() ?? { supportsRelationJoins: true },
      dispose: () => connection.dispose(),
    };
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect().then(wrap),
    connectToShadowDb: () => factory.connectToShadowDb().then(wrap),
  };
}
