import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { getIncidentLedger } from "@/lib/incidents/get-incident-ledger";

/** Every source's figures for the incident, ranges per victim category, and the proposed and reviewer's grade. */
export const GET = apiRoute(ZIdParam, async ({ user, params }) =>
  getIncidentLedger({ actor: user, eventId: params.id }),
);
