import path from "node:path";
import { runningEmbeddedUrl, startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded";

/**
 * The database `npm start` and the db scripts use: DATABASE_URL when it is set, otherwise the
 * embedded PostgreSQL whose data lives in .data/postgres and survives restarts (the running one,
 * when `npm start` already serves it).
 */

/** `WORKBENCH_DATA_DIR` moves it (the process tests use a temporary one). */
export const APP_DATA_DIR = process.env.WORKBENCH_DATA_DIR || ".data";
export const EMBEDDED_DATA_DIR = path.join(APP_DATA_DIR, "postgres");
export const EMBEDDED_DATABASE = "workbench";

export interface AppDatabase {
  url: string;
  /** True when this process started the embedded server (and must stop it). */
  embedded: boolean;
  stop(): Promise<void>;
  /** The embedded server this process runs, for supervision (see lib/database/supervise.ts). */
  server?: EmbeddedPostgres;
}

export async function openAppDatabase(options: { onLog?: (message: string) => void } = {}): Promise<AppDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => undefined };
  const running = await runningEmbeddedUrl(path.resolve(EMBEDDED_DATA_DIR), EMBEDDED_DATABASE);
  if (running) return { url: running, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({
    dataDir: path.resolve(EMBEDDED_DATA_DIR),
    database: EMBEDDED_DATABASE,
    onLog: options.onLog,
  });
  return { url: server.url, embedded: true, stop: server.stop, server };
}
