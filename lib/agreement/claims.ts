/**
 * Claim agreement: annotators' claims on one article are matched by their claim spans (a claim
 * joins the group whose first claim span it overlaps most, one claim per annotator in a group);
 * each group is a unit whose fields are then compared.
 */
import type { TUnit } from "./alpha";
import { NO_LABEL } from "./spans";

export type TAgreementClaim = {
  id: string;
  kind: string;
  /** The claim span's offsets; a claim without one cannot be matched. */
  span: { start: number; end: number } | null;
  speakerEntityId: string | null;
  /** Figure name (killed, injured, value) → its number. */
  figures: Readonly<Record<string, number>>;
  links: readonly { otherClaimId: string; relation: string }[];
};

/** Groups of matched claims: `members[i]` is annotator i's claim in the group, or null. */
export function matchClaims(layers: readonly (readonly TAgreementClaim[])[]): (TAgreementClaim | null)[][] {
  const groups: { span: { start: number; end: number }; members: (TAgreementClaim | null)[] }[] = [];
  layers.forEach((claims, layer) => {
    const sorted = claims
      .filter((c) => c.span)
      .sort((x, y) => x.span!.start - y.span!.start || x.span!.end - y.span!.end);
    for (const claim of sorted) {
      const span = claim.span!;
      let best: (typeof groups)[number] | undefined;
      let bestShared = 0;
      for (const group of groups) {
        if (group.members[layer]) continue;
        const shared = Math.min(span.end, group.span.end) - Math.max(span.start, group.span.start);
        if (shared > bestShared) {
          best = group;
          bestShared = shared;
        }
      }
      if (best) best.members[layer] = claim;
      else {
        const members: (TAgreementClaim | null)[] = layers.map(() => null);
        members[layer] = claim;
        groups.push({ span, members });
      }
    }
  });
  return groups.map((g) => g.members);
}

/** Units for the nominal fields: kind, speaker entity ("none" without one), and link relation per linked claim. */
export function claimFieldUnits(groups: readonly (TAgreementClaim | null)[][]) {
  const kind: TUnit<string>[] = [];
  const speaker: TUnit<string>[] = [];
  const relation: TUnit<string>[] = [];
  const figures: TUnit<number>[] = [];
  // A link to a claim of this article counts by that claim's group, so two annotators' links to their own versions of one claim agree.
  const groupOf = new Map<string, number>();
  groups.forEach((members, index) => {
    for (const claim of members) if (claim) groupOf.set(claim.id, index);
  });
  const target = (claimId: string) => (groupOf.has(claimId) ? `group:${groupOf.get(claimId)}` : claimId);
  for (const members of groups) {
    kind.push({ values: members.map((c) => c?.kind ?? null) });
    speaker.push({ values: members.map((c) => (c ? (c.speakerEntityId ?? NO_LABEL) : null)) });
    const targets = new Set(members.flatMap((c) => c?.links.map((l) => target(l.otherClaimId)) ?? []));
    for (const other of targets)
      relation.push({
        values: members.map((c) =>
          c ? (c.links.find((l) => target(l.otherClaimId) === other)?.relation ?? NO_LABEL) : null,
        ),
      });
    const names = new Set(members.flatMap((c) => (c ? Object.keys(c.figures) : [])));
    for (const name of names) figures.push({ values: members.map((c) => c?.figures[name] ?? null) });
  }
  return { kind, speaker, relation, figures };
}

/**
 * A figure as one number for interval α: its value, or the middle of its range ("dozens" is 20–99,
 * so 59.5); a range open at one end counts as that end.
 */
export function figureNumber(figure: { value?: number; min?: number; max?: number } | undefined): number | null {
  if (!figure) return null;
  if (figure.value !== undefined) return figure.value;
  if (figure.min !== undefined && figure.max !== undefined) return (figure.min + figure.max) / 2;
  return figure.min ?? figure.max ?? null;
}
