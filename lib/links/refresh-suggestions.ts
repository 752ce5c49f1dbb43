import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import type { Prisma } from "../generated/prisma/client";
import { articleContext, claimFeatures } from "../incidents/features";
import { isIncidentClaim } from "../incidents/cluster";
import { sourceKey } from "../incidents/reconcile";
import type { TIncidentFeatures } from "../incidents/types";
import { linkSelect, pairKey } from "./link-select";
import { renderReason } from "./link-reasons";
import { relateClaims, type TRelatableClaim } from "./relate-claims";

const MAX_CANDIDATES = 500;
/** Running totals of one thing are compared with the most recent ones only. */
const MAX_TALLY_CANDIDATES = 200;

const linkableSelect = {
  id: true, articleId: true, projectId: true, kind: true, eventId: true, figures: true, features: true, quoteKey: true, quoteShingles: true,
  thingKey: true, sourceText: true, deletedAt: true, proposed: true,
  event: { select: { status: true } },
  claimSpan: { select: { start: true, end: true } },
  article: { select: { publishedAt: true } },
} as const;

type TRow = Prisma.ClaimGetPayload<{ select: typeof linkableSelect }>;

function hasFeatures(features: unknown): features is TIncidentFeatures {
  return typeof features === "object" && features !== null && "places" in features && "period" in features;
}

function toRelatable(row: TRow): TRelatableClaim {
  const features = row.features as TIncidentFeatures;
  // Counts an analyst filed under an event may still be running totals: only incident claims share an incident.
  const incidentId = row.eventId && row.event?.status !== "REJECTED" && isIncidentClaim({ kind: row.kind, figures: row.figures, features }) ? row.eventId : null;
  return {
    id: row.id, articleId: row.articleId, publishedAt: row.article.publishedAt?.toISOString().slice(0, 10) ?? null, kind: row.kind, figures: row.figures,
    features, incidentId, source: sourceKey(row.sourceText), quote: row.quoteKey, quoteShingles: row.quoteShingles,
  };
}

/** Features of a claim that has none yet (made before features, or by hand): read from its article. */
async function ensureFeatures(row: TRow): Promise<TRow> {
  if (hasFeatures(row.features)) return row;
  const article = await db.article.findUniqueOrThrow({ where: { id: row.articleId }, select: { text: true, publishedAt: true } });
  const range = row.claimSpan ?? (await db.suggestion.findFirst({ where: { claimId: row.id }, select: { start: true, end: true } }));
  if (!range) return row;
  const features = claimFeatures(articleContext(article.text, article.publishedAt?.toISOString().slice(0, 10) ?? null), { ...range, kind: row.kind, figures: row.figures });
  await db.claim.update({ where: { id: row.id }, data: { features } });
  return { ...row, features };
}

/**
 * Finds the claims a changed claim may relate to through indexed keys only (same incident or
 * event, the same counted thing, shared quote shingles) — never a scan of all claims — and brings
 * the system's open suggestions for it up to date with the link rules (lib/links/relate-claims.ts):
 * new ones added, changed ones rewritten, ones that no longer hold withdrawn. Links made or
 * decided by people are never touched. Machine-proposed claims take part like accepted ones.
 */
export async function refreshSuggestionsForClaim(claimId: string, actorId: string | null): Promise<{ candidates: number; suggested: number; withdrawn: number }> {
  const found = await db.claim.findUnique({ where: { id: claimId }, select: linkableSelect });
  if (!found) return { candidates: 0, suggested: 0, withdrawn: 0 };
  const claim = found.deletedAt ? found : await ensureFeatures(found);
  const candidates = claim.deletedAt || !hasFeatures(claim.features) ? [] : (await findCandidates(claim)).filter((c) => hasFeatures(c.features));
  const me = hasFeatures(claim.features) ? toRelatable(claim) : null;
  const proposals = me ? candidates.map((c) => relateClaims(me, toRelatable(c))).filter((s) => s !== null) : [];

  return db.$transaction(async (tx) => {
    const existing = await tx.claimLink.findMany({ where: { OR: [{ fromClaimId: claim.id }, { toClaimId: claim.id }] }, select: { ...linkSelect, pairKey: true, reasonCode: true } });
    const byPair = new Map(existing.map((l) => [l.pairKey, l]));
    let suggested = 0;
    const keep = new Set<string>();
    for (const s of proposals) {
      const key = pairKey(s.fromClaimId, s.toClaimId);
      keep.add(key);
      const current = byPair.get(key);
      if (current && (current.origin !== "SUGGESTED" || current.state !== "OPEN")) continue;
      const reason = renderReason({ reasonCode: s.code, reasonParams: s.params, reason: "" }, "en");
      if (current && current.relation === s.relation && current.reason === reason && current.fromClaimId === s.fromClaimId) continue;
      const data = { fromClaimId: s.fromClaimId, toClaimId: s.toClaimId, relation: s.relation, reason, reasonCode: s.code, reasonParams: s.params, priority: s.priority };
      const after = current
        ? await tx.claimLink.update({ where: { id: current.id }, data: { ...data, version: { increment: 1 } }, select: linkSelect })
        : await tx.claimLink.create({ data: { ...data, id: crypto.randomUUID(), projectId: claim.projectId, pairKey: key, origin: "SUGGESTED" }, select: linkSelect });
      await recordAudit(tx, { actorId, projectId: claim.projectId, action: current ? "link.suggestion_update" : "link.suggest", entityType: "ClaimLink", entityId: after.id, before: current ?? null, after });
      suggested++;
    }
    const stale = existing.filter((l) => l.origin === "SUGGESTED" && l.state === "OPEN" && !keep.has(l.pairKey));
    for (const l of stale) {
      await tx.claimLink.delete({ where: { id: l.id } });
      await recordAudit(tx, { actorId, projectId: claim.projectId, action: "link.suggestion_withdraw", entityType: "ClaimLink", entityId: l.id, before: l });
    }
    return { candidates: candidates.length, suggested, withdrawn: stale.length };
  });
}

/**
 * Candidates through indexes only: the same event (eventId), running counts of the same thing
 * ((projectId, thingKey), newest first), and shared quote shingles (GIN).
 */
export async function findCandidates(claim: { id: string; projectId: string; articleId: string; kind: string; eventId: string | null; quoteShingles: string[]; thingKey: string }) {
  const live = { projectId: claim.projectId, deletedAt: null, id: { not: claim.id }, article: { deletedAt: null } } as const;
  const [sameEvent, tallies, quotes] = await Promise.all([
    claim.eventId ? db.claim.findMany({ where: { ...live, eventId: claim.eventId }, select: linkableSelect, take: MAX_CANDIDATES }) : [],
    claim.kind === "COUNT" && claim.thingKey
      ? db.claim.findMany({ where: { ...live, thingKey: claim.thingKey, kind: "COUNT", articleId: { not: claim.articleId } }, orderBy: { createdAt: "desc" }, select: linkableSelect, take: MAX_TALLY_CANDIDATES })
      : [],
    claim.quoteShingles.length
      ? db.claim.findMany({ where: { ...live, articleId: { not: claim.articleId }, quoteShingles: { hasSome: claim.quoteShingles } }, select: linkableSelect, take: MAX_CANDIDATES })
      : [],
  ]);
  const byId = new Map([...sameEvent, ...tallies, ...quotes].map((c) => [c.id, c]));
  return [...byId.values()];
}
