import { z } from "zod";
import { ZDayTimestamp, ZTimestamp } from "../api/wire";
import { ZClaimWithSource } from "../claims/schemas";
import { INCIDENT_GRADES } from "../incidents/grade";
import { EVENT_STATUSES } from "./event-input";

export const ZOrigin = z.enum(["HUMAN", "SUGGESTED"]);

/** An event (or incident) as created, edited and listed. */
export const ZEvent = z.object({
  id: z.uuid(),
  titleAr: z.string(),
  titleEn: z.string(),
  occurredOn: ZDayTimestamp.nullable(),
  place: z.string(),
  status: z.enum(EVENT_STATUSES),
  origin: ZOrigin.describe("SUGGESTED: proposed by incident clustering"),
  grade: z.enum(INCIDENT_GRADES).nullable(),
  mergedIntoId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

export const ZListedEvent = ZEvent.extend({ claimCount: z.number().int() });

export const ZFigureRole = z.enum(["killed", "injured", "value"]);

/** GET /events/{id}: every claim about the event side by side, the figures they disagree on, its verdicts. */
export const ZEventView = ZEvent.extend({
  projectId: z.uuid(),
  claims: z.array(
    ZClaimWithSource.extend({
      eventOrigin: ZOrigin,
      disagreements: z.array(ZFigureRole).describe("figure roles another claim of the event contradicts"),
    }),
  ),
  verdicts: z.array(
    z.object({
      id: z.uuid(),
      value: z.enum(["SUPPORTED", "DISPUTED", "FALSE", "UNVERIFIABLE"]),
      rationale: z.string(),
      createdAt: ZTimestamp,
      reviewer: z.object({ name: z.string() }).nullable(),
    }),
  ),
});

/** GET /projects/{id}/events */
export const ZListEventsQuery = z.object({
  status: z
    .enum(EVENT_STATUSES, { error: `status must be one of ${EVENT_STATUSES.join(", ")}` })
    .optional()
    .describe("only this status; default: proposed and confirmed"),
});
