import { z } from "zod";
import { ZDayTimestamp, ZTimestamp } from "../api/wire";
import { EVENT_STATUSES } from "../events/event-input";
import { ZOrigin } from "../events/schemas";
import { INCIDENT_GRADES } from "./grade";

/** An incident as its actions answer (confirm, reject, merge, unmerge, split, grade; a 409's `current`). */
export const ZIncident = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  titleAr: z.string(),
  titleEn: z.string(),
  occurredOn: ZDayTimestamp.nullable(),
  place: z.string(),
  status: z.enum(EVENT_STATUSES),
  origin: ZOrigin,
  grade: z.enum(INCIDENT_GRADES).nullable(),
  gradeRationale: z.string(),
  gradedById: z.uuid().nullable(),
  gradedAt: ZTimestamp.nullable(),
  mergedIntoId: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

const ZClaimIds = z.array(z.uuid());

export const ZRejectedIncident = ZIncident.extend({ releasedClaimIds: ZClaimIds });
export const ZMergedIncident = ZIncident.extend({ merged: ZIncident, movedClaimIds: ZClaimIds });
export const ZUnmergedIncident = ZIncident.extend({ restoredClaimIds: ZClaimIds });
export const ZSplitIncident = ZIncident.extend({
  created: z.boolean().describe("false: a retry that found the incident made before"),
  movedClaimIds: ZClaimIds,
  source: ZIncident,
});
