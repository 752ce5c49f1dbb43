import { z } from "zod";
import { ZJson, ZTimestamp, ZUserRef } from "../api/wire";

/** One audit event: what was done to which record, with the record before and after. */
export const ZAuditEvent = z.object({
  id: z.uuid(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: ZJson.describe("the record before the change (null for a creation)"),
  after: ZJson.describe("the record after the change (null for a removal)"),
  createdAt: ZTimestamp,
  actor: ZUserRef.nullable().describe("null: the system, or a user since removed"),
});

/** An account-level event, with the user it is about. */
export const ZAccountAuditEvent = ZAuditEvent.extend({ subject: ZUserRef.nullable() });

/** GET /projects/{id}/audit: 100 events at a time, newest first. */
export const ZProjectAuditQuery = z.object({
  before: z.iso
    .datetime({ offset: true, error: "before must be an ISO date-time" })
    .optional()
    .describe("events older than this: the createdAt of the last event seen"),
});
