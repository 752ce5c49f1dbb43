import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { publishArticleEvent } from "../realtime/publish";
import { ConflictError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { checkClaimReferences } from "./check-claim-references";
import { checkStatusRole } from "./check-status-role";
import { claimSelect, ZUpdateClaimInput, type TUpdateClaimInput } from "./claim-input";
import { proposeIncidentsForArticle } from "../incidents/propose-incidents";
import { claimKeys } from "./claim-keys";
import { parseFigures } from "./figures";
import { loadClaimForWrite } from "./load-claim-for-write";

/** Edits a claim (version-checked). Changing the kind re-validates the figures for the new kind. */
export async function updateClaim(options: { actor: ActingUser; claimId: string; input: TUpdateClaimInput }) {
  const { actor } = options;
  const input = ZUpdateClaimInput.parse(options.input);
  const before = await loadClaimForWrite(actor, options.claimId, input.version);
  await checkStatusRole(actor, before.projectId, { to: input.status, from: before.status });
  const kind = input.kind ?? before.kind;
  const figures =
    input.figures !== undefined || input.kind !== undefined
      ? parseFigures(kind, input.figures ?? before.figures)
      : undefined;
  const { version, aboutEntityIds, occurredOn, figures: _raw, ...fields } = input;
  const after = await db.$transaction(async (tx) => {
    await checkClaimReferences(tx, { projectId: before.projectId, articleId: before.articleId }, input);
    const { count } = await tx.claim.updateMany({
      where: { id: before.id, version },
      data: {
        ...fields,
        ...(figures !== undefined ? { figures: figures as Prisma.InputJsonValue } : {}),
        ...(occurredOn !== undefined ? { occurredOn: occurredOn ? new Date(`${occurredOn}T00:00:00Z`) : null } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new ConflictError("The claim was changed meanwhile", {
        current: await tx.claim.findUnique({ where: { id: before.id }, select: claimSelect }),
      });
    const final = await tx.claim.findUniqueOrThrow({
      where: { id: before.id },
      select: { kind: true, figures: true, claimSpan: { select: { quote: true } } },
    });
    await tx.claim.update({
      where: { id: before.id },
      data: claimKeys({ quote: final.claimSpan?.quote ?? null, kind: final.kind, figures: final.figures }),
    });
    if (aboutEntityIds) {
      await tx.claimEntity.deleteMany({ where: { claimId: before.id } });
      await tx.claimEntity.createMany({
        data: aboutEntityIds.map((entityId) => ({ claimId: before.id, entityId })),
        skipDuplicates: true,
      });
    }
    const after = await tx.claim.findUniqueOrThrow({ where: { id: before.id }, select: claimSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "claim.update",
      entityType: "Claim",
      entityId: before.id,
      before,
      after,
    });
    await publishArticleEvent(tx, {
      articleId: before.articleId,
      type: "claim.change",
      claimId: before.id,
      version: after.version,
      actorId: actor.id,
    });
    return after;
  });
  await proposeIncidentsForArticle(after.articleId, { actorId: actor.id, claimIds: [after.id] });
  return after;
}
