import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { ZSplitIncidentInput } from "@/lib/incidents/incident-input";
import { splitIncident } from "@/lib/incidents/split-incident";

/** 201 with the new incident; a retry with the same client id answers 200 with it. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const result = await splitIncident({
    actor: user,
    eventId: params.id,
    input: await readJson(req, ZSplitIncidentInput),
  });
  return result.created ? created(result) : result;
});
