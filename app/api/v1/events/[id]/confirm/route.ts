import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { confirmIncident } from "@/lib/incidents/confirm-incident";
import { ZConfirmIncidentInput } from "@/lib/incidents/incident-input";

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  confirmIncident({ actor: user, eventId: params.id, input: await readJson(req, ZConfirmIncidentInput) }),
);
