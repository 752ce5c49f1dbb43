import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { ZUpdateEventInput } from "@/lib/events/event-input";
import { getEventView } from "@/lib/events/get-event-view";
import { updateEvent } from "@/lib/events/update-event";

/** The event with every claim about it, side by side, disagreeing figures marked. */
export const GET = apiRoute(ZIdParam, async ({ user, params }) => getEventView({ actor: user, eventId: params.id }));

export const PATCH = apiRoute(ZIdParam, async ({ req, user, params }) =>
  updateEvent({ actor: user, eventId: params.id, input: await readJson(req, ZUpdateEventInput) }),
);
