import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { ZUnmergeIncidentInput } from "@/lib/incidents/incident-input";
import { unmergeIncident } from "@/lib/incidents/unmerge-incident";

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  unmergeIncident({ actor: user, eventId: params.id, input: await readJson(req, ZUnmergeIncidentInput) }),
);
