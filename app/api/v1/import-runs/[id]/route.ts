import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { getImportRun } from "@/lib/import-runs/import-runs";

/** A background import's status, progress and per-address results. */
export const GET = apiRoute(ZIdParam, async ({ user, params }) => getImportRun({ actor: user, runId: params.id }));
