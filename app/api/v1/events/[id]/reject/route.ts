import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { ZRejectIncidentInput } from "@/lib/incidents/incident-input";
import { rejectIncident } from "@/lib/incidents/reject-incident";

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  rejectIncident({ actor: user, eventId: params.id, input: await readJson(req, ZRejectIncidentInput) }),
);
