import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { buildEnglishDraft } from "./english-draft";
import type { TClaimKind } from "./claim-input";

/** The English draft for a claim, from its fields only; marked ASSISTED when saved as a translation. */
export async function getClaimEnglishDraft(options: { actor: ActingUser; claimId: string }) {
  const claim = await db.claim.findFirst({
    where: { id: options.claimId, deletedAt: null },
    select: {
      projectId: true,
      kind: true,
      attribution: true,
      channel: true,
      figures: true,
      place: true,
      occurredOn: true,
      speakerEntity: { select: { nameEn: true } },
      speakerSpan: { select: { quote: true } },
    },
  });
  if (!claim) throw new NotFoundError("Claim");
  await requireMembership(options.actor, claim.projectId, "ANALYST", "Claim");
  const speaker = claim.speakerEntity?.nameEn || (claim.speakerSpan ? "[speaker]" : "");
  const text = buildEnglishDraft({
    kind: claim.kind as TClaimKind,
    speaker,
    attribution: claim.attribution,
    channel: claim.channel,
    figures: claim.figures,
    place: claim.place,
    occurredOn: claim.occurredOn ? claim.occurredOn.toISOString().slice(0, 10) : null,
  });
  return { text, origin: "ASSISTED" as const };
}
