import { db } from "../db";
import { recordAudit } from "../audit/record-audit";
import { linkSelect, pairKey } from "./link-select";
import { suggestLink, type TLinkableClaim } from "./suggest-link";

const MAX_CANDIDATES = 500;

const linkableSelect = {
  id: true, articleId: true, projectId: true, kind: true, eventId: true, figures: true, quoteShingles: true, thingKey: true, deletedAt: true,
  article: { select: { publishedAt: true } },
} as const;

type TRow = { id: string; articleId: string; kind: string; eventId: string | null; figures: unknown; quoteShingles: string[]; thingKey: string; article: { publishedAt: Date | null } };

function toLinkable(row: TRow): TLinkableClaim {
  return { ...row, date: row.article.publishedAt ? row.article.publishedAt.toISOString().slice(0, 10) : null };
}

/**
 * Finds the claims a changed claim may relate to through indexed keys only (same event, shared
 * quote shingles, same counted thing) — never a scan of all claims — and brings the system's
 * open suggestions for it up to date: new ones added, changed ones rewritten, ones that no longer
 * hold withdrawn. Links made or decided by people are never touched.
 */
export async function refreshSuggestionsForClaim(claimId: string, actorId: string | null): Promise<{ candidates: number; suggested: number; withdrawn: number }> {
  const claim = await db.claim.findUnique({ where: { id: claimId }, select: linkableSelect });
  if (!claim) return { candidates: 0, suggested: 0, withdrawn: 0 };
  const candidates = claim.deletedAt ? [] : await findCandidates(claim);
  const proposals = candidates.map((c) => suggestLink(toLinkable(claim), toLinkable(c))).filter((s) => s !== null);

  return db.$transaction(async (tx) => {
    const existing = await tx.claimLink.findMany({ where: { OR: [{ fromClaimId: claim.id }, { toClaimId: claim.id }] }, select: { ...linkSelect, pairKey: true } });
    const byPair = new Map(existing.map((l) => [l.pairKey, l]));
    let suggested = 0;
    const keep = new Set<string>();
    for (const s of proposals) {
      const key = pairKey(s.fromClaimId, s.toClaimId);
      keep.add(key);
      const current = byPair.get(key);
      if (current && (current.origin !== "SUGGESTED" || current.state !== "OPEN")) continue;
      if (current && current.relation === s.relation && current.reason === s.reason && current.fromClaimId === s.fromClaimId) continue;
      const data = { fromClaimId: s.fromClaimId, toClaimId: s.toClaimId, relation: s.relation, reason: s.reason, priority: s.priority };
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

/** Candidates through indexes only: (projectId, eventId), GIN on quoteShingles, (projectId, thingKey). */
export async function findCandidates(claim: { id: string; projectId: string; articleId: string; eventId: string | null; quoteShingles: string[]; thingKey: string }) {
  const or = [
    ...(claim.eventId ? [{ eventId: claim.eventId }] : []),
    ...(claim.quoteShingles.length ? [{ quoteShingles: { hasSome: claim.quoteShingles } }] : []),
    ...(claim.thingKey ? [{ thingKey: claim.thingKey }] : []),
  ];
  if (or.length === 0) return [];
  return db.claim.findMany({
    where: { projectId: claim.projectId, deletedAt: null, id: { not: claim.id }, articleId: { not: claim.articleId }, article: { deletedAt: null }, OR: or },
    select: linkableSelect,
    take: MAX_CANDIDATES,
  });
}
