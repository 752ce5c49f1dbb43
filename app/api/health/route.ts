import { checkHealth } from "@/lib/database/health";

/** Liveness and database reachability for load balancers, Docker and the process tests (no auth). */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.database === "up" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
