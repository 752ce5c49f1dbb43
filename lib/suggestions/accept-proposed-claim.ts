import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { recordAudit } from "../audit/record-audit";
import { claimKeys } from "../claims/claim-keys";
import { claimSelect, type TClaimKind } from "../claims/claim-input";
import { parseFigures } from "../claims/figures";
import type { Prisma } from "../generated/prisma/client";
import { refreshSuggestionsForClaim } from "../links/refresh-suggestions";
import { publishArticleEvent } from "../realtime/publish";
import type { TStoredProposal } from "./proposal";

type TClaimFields = {
  kind: TClaimKind;
  attribution: string;
  channel: string;
  figures: Record<string, unknown>;
  occurredOn: string | null;
  place: string;
  speakerEntityId: string | null;
  eventId: string | null;
  status: "DRAFT" | "READY" | "REVIEWED";
  note: string;
};

/**
 * Accepting a suggestion whose claim was already proposed (lib/incidents/propose-incidents.ts):
 * the same claim row becomes an accepted claim on the new spans, authored by the actor, keeping
 * its id — and so its incident and its links — and its source and provenance. Returns null when
 * there is no proposed claim with that id (the caller creates the claim as usual).
 */
export async function acceptProposedClaim(options: {
  actor: ActingUser;
  claimId: string;
  claimSpanId: string;
  speakerSpanId: string | null;
  quote: string;
  fields: TClaimFields;
  proposal: Pick<TStoredProposal, "source" | "provenance">;
}) {
  const { actor, fields } = options;
  const claim = await db.$transaction(async (tx) => {
    const before = await tx.claim.findUnique({
      where: { id: options.claimId },
      select: { ...claimSelect, proposed: true, projectId: true, eventId: true },
    });
    if (!before?.proposed) return null;
    const { eventId, occurredOn, ...rest } = fields;
    // Stored as createClaim stores them: validated, with the defaults filled in (a bare value is exact).
    const figures = parseFigures(fields.kind, fields.figures);
    const changed = await tx.claim.updateMany({
      where: { id: options.claimId, proposed: true },
      data: {
        ...rest,
        ...claimKeys({ quote: options.quote, kind: fields.kind, figures }),
        figures: figures as Prisma.InputJsonValue,
        occurredOn: occurredOn ? new Date(`${occurredOn}T00:00:00Z`) : null,
        ...(eventId ? { eventId, eventOrigin: "HUMAN" as const } : {}),
        claimSpanId: options.claimSpanId,
        speakerSpanId: options.speakerSpanId,
        authorId: actor.id,
        proposed: false,
        deletedAt: null,
        sourceText: options.proposal.source?.text ?? "",
        sourceType: options.proposal.source?.type ?? null,
        provenance: (options.proposal.provenance ?? null) as Prisma.InputJsonValue,
        version: { increment: 1 },
      },
    });
    if (changed.count === 0) return null;
    const after = await tx.claim.findUniqueOrThrow({ where: { id: options.claimId }, select: claimSelect });
    await recordAudit(tx, {
      actorId: actor.id,
      projectId: before.projectId,
      action: "claim.accept",
      entityType: "Claim",
      entityId: after.id,
      before,
      after,
    });
    await publishArticleEvent(tx, {
      articleId: after.articleId,
      type: "claim.change",
      claimId: after.id,
      version: after.version,
      actorId: actor.id,
    });
    return after;
  });
  if (claim) await refreshSuggestionsForClaim(claim.id, actor.id);
  return claim;
}

/** Rejecting a suggestion withdraws its proposed claim (kept, deleted, for history) and the claim's open proposed links. */
export async function withdrawProposedClaim(claimId: string | null, actorId: string): Promise<void> {
  if (!claimId) return;
  const changed = await db.claim.updateMany({
    where: { id: claimId, proposed: true, deletedAt: null },
    data: { deletedAt: new Date(), eventId: null },
  });
  if (changed.count > 0) await refreshSuggestionsForClaim(claimId, actorId);
}
