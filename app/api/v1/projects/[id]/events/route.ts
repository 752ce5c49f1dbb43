import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { createEvent } from "@/lib/events/create-event";
import { ZCreateEventInput } from "@/lib/events/event-input";
import { ZListEventsQuery } from "@/lib/events/schemas";
import { readQuery } from "@/lib/api/query";
import { listEvents } from "@/lib/events/list-events";

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => ({
  events: await listEvents({
    actor: user,
    projectId: params.id,
    ...readQuery(req.nextUrl.searchParams, ZListEventsQuery),
  }),
}));

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  created(await createEvent({ actor: user, projectId: params.id, input: await readJson(req, ZCreateEventInput) })),
);
