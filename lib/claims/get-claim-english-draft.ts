import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { NotFoundError } from "../errors";
import { loadProjectLexicon } from "../glossary/load-project-lexicon";
import { renderTerms, separateArabic } from "../glossary/render-english";
import { requireMembership } from "../projects/require-membership";
import { buildEnglishDraft } from "./english-draft";
import type { TClaimKind } from "./claim-input";

/** The Arabic-bearing text fields of a claim's figures, put in English term by term. */
const FIGURE_TEXT_FIELDS = ["victims", "perpetrator", "thing"] as const;

/**
 * The English draft for a claim, from its fields only, marked ASSISTED when saved as a
 * translation. Names and terms come from the entity registry's English names and the project
 * glossary; whatever stays Arabic is taken out of the text as "[…]" and listed in `gaps`, in
 * order, beside it (the words of a statement are a gap with its quote beside it).
 */
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
      speakerEntity: { select: { nameEn: true, nameAr: true } },
      speakerSpan: { select: { quote: true } },
      claimSpan: { select: { quote: true, deletedAt: true } },
    },
  });
  if (!claim) throw new NotFoundError("Claim");
  await requireMembership(options.actor, claim.projectId, "ANALYST", "Claim");
  const lexicon = await loadProjectLexicon(claim.projectId);
  const english = (text: string) => renderTerms(text, lexicon);
  const speaker = claim.speakerEntity?.nameEn || english(claim.speakerEntity?.nameAr || claim.speakerSpan?.quote || "");
  const figures =
    claim.figures && typeof claim.figures === "object" && !Array.isArray(claim.figures)
      ? Object.fromEntries(
          Object.entries(claim.figures).map(([key, value]) => [
            key,
            typeof value === "string" && (FIGURE_TEXT_FIELDS as readonly string[]).includes(key)
              ? english(value)
              : value,
          ]),
        )
      : claim.figures;
  const draft = buildEnglishDraft({
    kind: claim.kind as TClaimKind,
    speaker,
    attribution: english(claim.attribution),
    channel: english(claim.channel),
    figures,
    place: english(claim.place),
    occurredOn: claim.occurredOn ? claim.occurredOn.toISOString().slice(0, 10) : null,
  });
  const quote = claim.claimSpan && !claim.claimSpan.deletedAt ? claim.claimSpan.quote : "";
  const { text, gaps } = separateArabic(draft, [quote]);
  return { text, origin: "ASSISTED" as const, gaps };
}
