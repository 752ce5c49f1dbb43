import { db } from "../db";
import { isDatabaseUnavailable } from "./errors";

/** Whether this app process can reach the database right now (one short query). */
export async function checkHealth(): Promise<{ status: "ok" | "degraded"; database: "up" | "down"; pid: number }> {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return { status: "ok", database: "up", pid: process.pid };
  } catch (error) {
    if (!isDatabaseUnavailable(error)) console.error("Health check failed", error);
    return { status: "degraded", database: "down", pid: process.pid };
  }
}
