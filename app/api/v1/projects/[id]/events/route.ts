import { z } from "zod";
import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { createEvent } from "@/lib/events/create-event";
import { EVENT_STATUSES, ZCreateEventInput } from "@/lib/events/event-input";
import { listEvents } from "@/lib/events/list-events";

const ZStatus = z.enum(EVENT_STATUSES, { error: `status must be one of ${EVENT_STATUSES.join(", ")}` }).optional();

export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => ({
  events: await listEvents({
    actor: user,
    projectId: params.id,
    status: ZStatus.parse(req.nextUrl.searchParams.get("status") ?? undefined),
  }),
}));

export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  created(await createEvent({ actor: user, projectId: params.id, input: await readJson(req, ZCreateEventInput) })),
);
