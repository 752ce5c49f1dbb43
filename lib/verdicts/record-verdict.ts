import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";

export const ZRecordVerdictInput = z
  .object({
    claimId: z.uuid().nullable().default(null),
    eventId: z.uuid().nullable().default(null),
    value: z.enum(["SUPPORTED", "DISPUTED", "FALSE", "UNVERIFIABLE"]),
    rationale: z.string().trim().min(1, "write the rationale for the verdict").max(10_000),
    evidenceClaimIds: z.array(z.uuid()).max(100).default([]),
  })
  .refine((v) => Boolean(v.claimId) !== Boolean(v.eventId), { message: "a verdict is on one claim or one event", path: ["claimId"] });
export type TRecordVerdictInput = z.input<typeof ZRecordVerdictInput>;

export const verdictSelect = {
  id: true, claimId: true, eventId: true, value: true, rationale: true, evidenceClaimIds: true, withdrawnAt: true, createdAt: true,
  reviewer: { select: { id: true, name: true } },
} as const;

/**
 * A reviewer's verdict on a claim or an event, with the claims it rests on. A new verdict on the
 * same subject supersedes the standing one (which is kept, withdrawn, in the history).
 */
export async function recordVerdict(options: { actor: ActingUser; projectId: string; input: TRecordVerdictInput }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "REVIEWER");
  const input = ZRecordVerdictInput.parse(options.input);
  if (input.claimId && !(await db.claim.findFirst({ where: { id: input.claimId, projectId, deletedAt: null }, select: { id: true } }))) throw new NotFoundError("Claim");
  if (input.eventId && !(await db.event.findFirst({ where: { id: input.eventId, projectId, deletedAt: null }, select: { id: true } }))) throw new NotFoundError("Event");
  const evidence = [...new Set(input.evidenceClaimIds)];
  if (evidence.length && (await db.claim.count({ where: { id: { in: evidence }, projectId } })) !== evidence.length) throw new NotFoundError("Evidence claim");
  return db.$transaction(async (tx) => {
    const subject = input.claimId ? { claimId: input.claimId } : { eventId: input.eventId };
    const superseded = await tx.verdict.updateMany({ where: { projectId, ...subject, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
    const verdict = await tx.verdict.create({ data: { ...input, evidenceClaimIds: evidence, projectId, reviewerId: actor.id }, select: verdictSelect });
    await recordAudit(tx, { actorId: actor.id, projectId, action: "verdict.record", entityType: "Verdict", entityId: verdict.id, after: { ...verdict, superseded: superseded.count } });
    return verdict;
  });
}
