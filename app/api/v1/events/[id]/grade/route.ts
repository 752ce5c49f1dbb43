import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { ZSetIncidentGradeInput } from "@/lib/incidents/incident-input";
import { setIncidentGrade } from "@/lib/incidents/set-incident-grade";

export const PUT = apiRoute(ZIdParam, async ({ req, user, params }) =>
  setIncidentGrade({ actor: user, eventId: params.id, input: await readJson(req, ZSetIncidentGradeInput) }),
);
