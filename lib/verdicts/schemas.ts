import { z } from "zod";
import { ZFlag } from "../api/query";
import { ZPersonRef, ZTimestamp } from "../api/wire";

export const VERDICT_VALUES = ["SUPPORTED", "DISPUTED", "FALSE", "UNVERIFIABLE"] as const;

/** A verdict on a claim or an event; a withdrawn one (reopened) is kept in history. */
export const ZVerdict = z.object({
  id: z.uuid(),
  claimId: z.uuid().nullable(),
  eventId: z.uuid().nullable(),
  value: z.enum(VERDICT_VALUES),
  rationale: z.string(),
  evidenceClaimIds: z.array(z.uuid()),
  withdrawnAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
  reviewer: ZPersonRef.nullable(),
});

/** GET /projects/{id}/verdicts */
export const ZListVerdictsQuery = z.object({
  claimId: z.uuid().optional().describe("only verdicts on this claim"),
  eventId: z.uuid().optional().describe("only verdicts on this event"),
  includeWithdrawn: ZFlag.describe("include reopened (withdrawn) verdicts"),
});
