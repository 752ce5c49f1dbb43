import { z } from "zod";
import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { isUniqueViolation } from "../database/errors";
import { ConflictError, NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";

export const ZRecordVerdictInput = z
  .object({
    claimId: z.uuid().nullable().default(null),
    eventId: z.uuid().nullable().default(null),
    value: z.enum(["SUPPORTED", "DISPUTED", "FALSE", "UNVERIFIABLE"]),
    rationale: z.string().trim().min(1, "write the rationale for the verdict").max(10_000),
    evidenceClaimIds: z.array(z.uuid()).max(100).default([]),
    /**
     * The standing verdict this one replaces, as the reviewer saw it (null: none stood). When
     * sent, a verdict recorded by someone else meanwhile makes this one a 409 instead of silently
     * superseding it. Omitted: whatever stands is superseded.
     */
    supersedes: z.uuid().nullable().optional(),
  })
  .refine((v) => Boolean(v.claimId) !== Boolean(v.eventId), {
    message: "a verdict is on one claim or one event",
    path: ["claimId"],
  });
export type TRecordVerdictInput = z.input<typeof ZRecordVerdictInput>;

export const verdictSelect = {
  id: true,
  claimId: true,
  eventId: true,
  value: true,
  rationale: true,
  evidenceClaimIds: true,
  withdrawnAt: true,
  createdAt: true,
  reviewer: { select: { id: true, name: true } },
} as const;

class StaleVerdict extends Error {}

/**
 * A reviewer's verdict on a claim or an event, with the claims it rests on. A new verdict on the
 * same subject supersedes the standing one (which is kept, withdrawn, in the history). One verdict
 * stands per subject: the database enforces it (a partial unique index), so of two verdicts
 * recorded at once one is stored and the other is a 409.
 */
export async function recordVerdict(options: { actor: ActingUser; projectId: string; input: TRecordVerdictInput }) {
  const { actor, projectId } = options;
  await requireMembership(actor, projectId, "REVIEWER");
  const { supersedes, ...input } = ZRecordVerdictInput.parse(options.input);
  if (
    input.claimId &&
    !(await db.claim.findFirst({ where: { id: input.claimId, projectId, deletedAt: null }, select: { id: true } }))
  )
    throw new NotFoundError("Claim");
  if (
    input.eventId &&
    !(await db.event.findFirst({ where: { id: input.eventId, projectId, deletedAt: null }, select: { id: true } }))
  )
    throw new NotFoundError("Event");
  const evidence = [...new Set(input.evidenceClaimIds)];
  if (evidence.length && (await db.claim.count({ where: { id: { in: evidence }, projectId } })) !== evidence.length)
    throw new NotFoundError("Evidence claim");
  const subject = input.claimId ? { claimId: input.claimId } : { eventId: input.eventId };
  const conflict = async (message: string) =>
    new ConflictError(message, {
      current: await db.verdict.findFirst({
        where: { projectId, ...subject, withdrawnAt: null },
        select: verdictSelect,
      }),
    });
  try {
    return await db.$transaction(async (tx) => {
      const superseded = await tx.verdict.updateMany({
        where: { projectId, ...subject, withdrawnAt: null, ...(supersedes ? { id: supersedes } : {}) },
        data: { withdrawnAt: new Date() },
      });
      if (supersedes !== undefined && superseded.count !== (supersedes ? 1 : 0)) throw new StaleVerdict();
      const verdict = await tx.verdict.create({
        data: { ...input, evidenceClaimIds: evidence, projectId, reviewerId: actor.id },
        select: verdictSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        projectId,
        action: "verdict.record",
        entityType: "Verdict",
        entityId: verdict.id,
        after: { ...verdict, superseded: superseded.count },
      });
      return verdict;
    });
  } catch (error) {
    // Read the standing verdict after the transaction, never inside it: a second connection
    // taken while holding the first can starve the pool under load.
    if (error instanceof StaleVerdict || isUniqueViolation(error))
      throw await conflict("Another verdict was recorded meanwhile");
    throw error;
  }
}
