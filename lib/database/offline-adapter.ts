import {
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";

/**
 * A driver adapter with no database behind it, for the schema engine's schema-to-schema diff.
 * The engine connects when it is created and asks the server for its version; the diff itself
 * reads nothing. This adapter answers that one question (as PostgreSQL 18, the embedded
 * server's version) and fails loudly on anything else, so a diff can never silently depend on
 * whichever server happens to be running.
 */

const VERSION_PROBE = /^SELECT EXISTS\(SELECT 1 FROM pg_namespace WHERE nspname = \$1\), version\(\)/;

function noDatabase(what: string): never {
  throw new Error(`The schema diff needed a database (${what}), but it runs without one.`);
}

const adapter: SqlDriverAdapter = {
  provider: "postgres",
  adapterName: "offline",
  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (!VERSION_PROBE.test(query.sql)) noDatabase(`query: ${query.sql.slice(0, 80)}`);
    return {
      columnNames: ["exists", "version", "numeric_version"],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, "PostgreSQL 18.4", 180004]],
    };
  },
  async executeRaw(query: SqlQuery): Promise<number> {
    return noDatabase(`statement: ${query.sql.slice(0, 80)}`);
  },
  async executeScript(): Promise<void> {
    noDatabase("script");
  },
  async startTransaction(): Promise<never> {
    return noDatabase("transaction");
  },
  getConnectionInfo: () => ({ supportsRelationJoins: true }),
  async dispose(): Promise<void> {},
};

export const offlineAdapterFactory: SqlMigrationAwareDriverAdapterFactory = {
  provider: "postgres",
  adapterName: "offline",
  connect: async () => adapter,
  connectToShadowDb: async () => adapter,
};
