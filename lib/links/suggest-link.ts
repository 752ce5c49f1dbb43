import { shingleOverlap } from "../claims/claim-keys";
import { figuresCompatible, formatFigure, type TFigureValue } from "../claims/figures";

/**
 * The link rules, as pure code: given two claims from different articles, the relation the
 * system proposes and a one-line reason an analyst can check, or null.
 *  - the same quote (after Arabic normalisation) → agrees;
 *  - counts of the same thing with different as-of dates → updates (earlier → later), never contradicts;
 *  - same event, same kind, figures that cannot both be true → contradicts; compatible → agrees.
 */
export type TLinkableClaim = {
  id: string;
  articleId: string;
  /** As-of date for counts, else the article's publication date (YYYY-MM-DD). */
  date: string | null;
  kind: string;
  eventId: string | null;
  figures: unknown;
  quoteShingles: string[];
  thingKey: string;
};

export type TSuggestion = {
  fromClaimId: string;
  toClaimId: string;
  relation: "AGREES" | "CONTRADICTS" | "UPDATES";
  reason: string;
  priority: number;
};

const SAME_QUOTE = 0.8;

function countDate(c: TLinkableClaim): string | null {
  const asOf = (c.figures as { asOf?: string }).asOf;
  return asOf ?? c.date;
}

function casualtyConflict(a: TLinkableClaim, b: TLinkableClaim): string | null {
  const fa = a.figures as { killed?: TFigureValue; injured?: TFigureValue };
  const fb = b.figures as { killed?: TFigureValue; injured?: TFigureValue };
  for (const role of ["killed", "injured"] as const) {
    if (!figuresCompatible(fa[role], fb[role])) return `${role}: ${formatFigure(fa[role]!)} vs ${formatFigure(fb[role]!)}`;
  }
  return null;
}

function describeCasualties(c: TLinkableClaim): string {
  const f = c.figures as { killed?: TFigureValue; injured?: TFigureValue };
  return [f.killed && `${formatFigure(f.killed)} killed`, f.injured && `${formatFigure(f.injured)} injured`].filter(Boolean).join(", ");
}

export function suggestLink(a: TLinkableClaim, b: TLinkableClaim): TSuggestion | null {
  if (a.id === b.id || a.articleId === b.articleId) return null;
  const pair = { fromClaimId: a.id, toClaimId: b.id };

  if (shingleOverlap(a.quoteShingles, b.quoteShingles) >= SAME_QUOTE) {
    return { ...pair, relation: "AGREES", reason: "The same quote appears in both articles (after Arabic normalisation)", priority: 1 };
  }

  if (a.kind === "COUNT" && b.kind === "COUNT" && ((a.thingKey && a.thingKey === b.thingKey) || (a.eventId && a.eventId === b.eventId))) {
    const va = (a.figures as { value: TFigureValue }).value;
    const vb = (b.figures as { value: TFigureValue }).value;
    const thing = (a.figures as { thing?: string }).thing ?? "the same thing";
    const da = countDate(a);
    const db = countDate(b);
    if (da && db && da !== db) {
      const [earlier, later] = da < db ? [a, b] : [b, a];
      const [ve, vl] = da < db ? [va, vb] : [vb, va];
      return {
        fromClaimId: earlier.id, toClaimId: later.id, relation: "UPDATES", priority: 1,
        reason: `Counts of ${thing} at different dates: ${formatFigure(ve)} as of ${countDate(earlier)} → ${formatFigure(vl)} as of ${countDate(later)}`,
      };
    }
    return figuresCompatible(va, vb)
      ? { ...pair, relation: "AGREES", priority: 1, reason: `Compatible counts of ${thing}: ${formatFigure(va)} and ${formatFigure(vb)}` }
      : { ...pair, relation: "CONTRADICTS", priority: 3, reason: `Counts of ${thing} on the same date cannot both be true: ${formatFigure(va)} vs ${formatFigure(vb)}` };
  }

  if (a.eventId && a.eventId === b.eventId && a.kind === b.kind && a.kind === "CASUALTY") {
    const conflict = casualtyConflict(a, b);
    return conflict
      ? { ...pair, relation: "CONTRADICTS", priority: 5, reason: `Same event, figures that cannot both be true — ${conflict}` }
      : { ...pair, relation: "AGREES", priority: 1, reason: `Same event, compatible figures: ${describeCasualties(a)} / ${describeCasualties(b)}` };
  }
  return null;
}
