import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { ZMergeIncidentInput } from "@/lib/incidents/incident-input";
import { mergeIncidents } from "@/lib/incidents/merge-incidents";

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  mergeIncidents({ actor: user, eventId: params.id, input: await readJson(req, ZMergeIncidentInput) }),
);
