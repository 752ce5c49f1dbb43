import { z } from "zod";
import { ZTimestamp } from "../api/wire";
import { ZRole } from "../projects/schemas";

/** What GET /me, PATCH /me and POST /users answer: a user as the app knows them. */
export const ZMe = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  locale: z.enum(["en", "ar"]),
});

/** A user in the administrators' list, with their memberships. */
export const ZUserListItem = ZMe.extend({
  createdAt: ZTimestamp,
  deactivatedAt: ZTimestamp.nullable(),
  lockedUntil: ZTimestamp.nullable().describe("sign-in refused until then after repeated failures"),
  memberships: z.array(z.object({ role: ZRole, project: z.object({ id: z.uuid(), name: z.string() }) })),
});

/** PATCH /users/{id}: the user after (de)activation and how many sessions ended. */
export const ZUserActiveChange = ZMe.omit({ locale: true }).extend({
  deactivatedAt: ZTimestamp.nullable(),
  endedSessions: z.number().int(),
});

export const ZPasswordChanged = z.object({ changed: z.literal(true), endedSessions: z.number().int() });

export const ZSessionsEnded = z.object({ endedSessions: z.number().int() });
