import type { TArticleBundle, TLinkInfo, TVerdictInfo } from "./types";

/**
 * What goes into an export. `history` (the native JSONL of everything) keeps deleted spans and
 * claims, dismissed links and withdrawn verdicts, so a re-import loses nothing; the other formats
 * carry only live material. `reviewedOnly` keeps what a reviewer signed off: reviewed claims,
 * reviewed translations, confirmed links, standing verdicts, and the spans of articles marked
 * done plus the spans those claims rest on.
 *
 * Whether a claim is included is decided in SQL (it must also be known for claims of other
 * articles, at the far end of a link); everything else follows from it here.
 */
export type TSelectionRules = { history: boolean; reviewedOnly: boolean };

export function rulesFor(format: string, reviewedOnly: boolean): TSelectionRules {
  return { history: format === "jsonl" && !reviewedOnly, reviewedOnly };
}

export function keepLink(link: TLinkInfo, rules: TSelectionRules): boolean {
  if (!link.from.included || !link.to.included) return false;
  if (rules.reviewedOnly) return link.state === "CONFIRMED";
  return rules.history || link.state !== "DISMISSED";
}

export function keepVerdict(verdict: TVerdictInfo, rules: TSelectionRules): boolean {
  return rules.history || verdict.withdrawnAt === null;
}

export function selectMaterial(bundle: TArticleBundle, rules: TSelectionRules): TArticleBundle {
  const claims = bundle.claims.filter((c) => c.included);
  const claimIds = new Set(claims.map((c) => c.id));
  const claimSpanIds = new Set(
    claims.flatMap((c) => [c.claimSpanId, c.speakerSpanId]).filter((id): id is string => id !== null),
  );
  const spans = bundle.spans.filter(
    (s) =>
      claimSpanIds.has(s.id) ||
      ((rules.history || s.deletedAt === null) && (!rules.reviewedOnly || bundle.status === "DONE")),
  );
  const spanIds = new Set(spans.map((s) => s.id));
  const translations = bundle.translations.filter((t) => {
    if (rules.reviewedOnly && t.status !== "REVIEWED") return false;
    if (t.targetType === "SPAN") return spanIds.has(t.targetKey);
    if (t.targetType === "CLAIM") return claimIds.has(t.targetKey);
    return true;
  });
  return {
    ...bundle,
    spans,
    claims,
    translations,
    links: bundle.links.filter(
      (l) =>
        keepLink(l, rules) && [l.from, l.to].every((end) => end.articleId !== bundle.id || claimIds.has(end.claimId)),
    ),
    verdicts: bundle.verdicts.filter((v) => v.claimId !== null && claimIds.has(v.claimId) && keepVerdict(v, rules)),
  };
}
