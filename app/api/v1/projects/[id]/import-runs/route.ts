import { apiRoute, json, readJson, ZIdParam } from "@/lib/api/handler";
import { startImportRun, ZImportRunInput } from "@/lib/import-runs/import-runs";

/** Imports many web addresses in the background (managers): 202 with the run to poll. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  json(await startImportRun({ actor: user, projectId: params.id, input: await readJson(req, ZImportRunInput) }), {
    status: 202,
  }),
);
