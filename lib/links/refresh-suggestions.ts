import { db } from "../db";
import { recordAudits, type TAuditInput } from "../audit/record-audit";
import type { Prisma } from "../generated/prisma/client";
import { articleContext, claimFeatures } from "../incidents/features";
import { isIncidentClaim } from "../incidents/cluster";
import { sourceKey } from "../incidents/reconcile";
import type { TIncidentFeatures } from "../incidents/types";
import { linkSelect, pairKey } from "./link-select";
import { renderReason } from "./link-reasons";
import {
  claimsOfEvents,
  claimsSharingShingles,
  countsOfThing,
  readLinkableClaims,
  type TLinkableRow,
} from "./linkable-claims";
import { relateClaims, type TRelatableClaim, type TRelationProposal } from "./relate-claims";

const MAX_CANDIDATES = 500;
/** Running totals of one thing are compared with the most recent ones only. */
const MAX_TALLY_CANDIDATES = 200;

type TResult = { candidates: number; suggested: number; withdrawn: number };

function hasFeatures(features: unknown): features is TIncidentFeatures {
  return typeof features === "object" && features !== null && "places" in features && "frame" in features;
}

function toRelatable(row: TLinkableRow & { features: TIncidentFeatures }): TRelatableClaim {
  const features = row.features;
  // Counts an analyst filed under an event may still be running totals: only incident claims share an incident.
  const incidentId =
    row.eventId && row.eventStatus !== "REJECTED" && isIncidentClaim({ kind: row.kind, figures: row.figures, features })
      ? row.eventId
      : null;
  return {
    id: row.id,
    articleId: row.articleId,
    publishedAt: row.publishedAt,
    kind: row.kind,
    figures: row.figures,
    features,
    incidentId,
    source: sourceKey(row.sourceText),
    quote: row.quoteKey,
    quoteShingles: row.quoteShingles,
  };
}

type TReady = TLinkableRow & { features: TIncidentFeatures };

/** Features of a claim that has none yet (made before features, or by hand): read from its article. */
async function ensureFeatures(row: TLinkableRow): Promise<TLinkableRow> {
  if (hasFeatures(row.features) || row.deleted || !row.range) return row;
  const article = await db.article.findUniqueOrThrow({ where: { id: row.articleId }, select: { text: true } });
  const features = claimFeatures(articleContext(article.text, row.publishedAt), {
    ...row.range,
    kind: row.kind,
    figures: row.figures,
  });
  await db.claim.update({ where: { id: row.id }, data: { features } });
  return { ...row, features };
}

/**
 * The claims related claims may be among, through indexed keys only — the same event
 * (eventId), running counts of the same thing ((projectId, thingKey, createdAt), newest first),
 * shared quote shingles (GIN) — never a scan of all claims; read once for a whole batch.
 */
async function findCandidates(claims: readonly TReady[]): Promise<Map<string, TReady[]>> {
  const projectId = claims[0]!.projectId;
  const eventIds = [...new Set(claims.flatMap((c) => (c.eventId ? [c.eventId] : [])))];
  const things = [...new Set(claims.flatMap((c) => (c.kind === "COUNT" && c.thingKey ? [c.thingKey] : [])))];
  const shingles = [...new Set(claims.flatMap((c) => c.quoteShingles))];
  const [sameEvent, tallies, quotes] = await Promise.all([
    eventIds.length ? claimsOfEvents(projectId, eventIds, MAX_CANDIDATES * eventIds.length) : [],
    Promise.all(things.map((thing) => countsOfThing(projectId, thing, MAX_TALLY_CANDIDATES + claims.length))),
    shingles.length ? claimsSharingShingles(projectId, shingles, MAX_CANDIDATES) : [],
  ]);
  const usable = (o: TLinkableRow): o is TReady => !o.deleted && hasFeatures(o.features);
  const byClaim = new Map<string, TReady[]>();
  for (const c of claims) {
    const mine = new Map<string, TReady>();
    if (c.eventId) for (const o of sameEvent) if (o.eventId === c.eventId && usable(o)) mine.set(o.id, o);
    if (c.kind === "COUNT" && c.thingKey)
      for (const o of tallies.flat())
        if (o.thingKey === c.thingKey && o.articleId !== c.articleId && usable(o)) mine.set(o.id, o);
    const own = new Set(c.quoteShingles);
    for (const o of quotes)
      if (o.articleId !== c.articleId && o.quoteShingles.some((x) => own.has(x)) && usable(o)) mine.set(o.id, o);
    mine.delete(c.id);
    byClaim.set(c.id, [...mine.values()]);
  }
  return byClaim;
}

/**
 * Brings the system's open link proposals of some changed claims up to date with the link rules
 * (lib/links/relate-claims.ts): new ones added, changed ones rewritten, ones that no longer hold
 * withdrawn — in one transaction with their audit events. Links made or decided by people are
 * never touched. Machine-proposed claims take part like accepted ones; a deleted claim keeps no
 * open proposal.
 */
export async function refreshSuggestionsForClaims(
  claimIds: readonly string[],
  actorId: string | null,
): Promise<TResult> {
  const rows = await readLinkableClaims(claimIds);
  if (rows.length === 0) return { candidates: 0, suggested: 0, withdrawn: 0 };
  const claims = await Promise.all(rows.map(ensureFeatures));
  const live = claims.filter((c): c is TReady => !c.deleted && hasFeatures(c.features));
  const candidates = live.length ? await findCandidates(live) : new Map<string, TReady[]>();
  const proposals = new Map<string, TRelationProposal>();
  for (const c of live) {
    const me = toRelatable(c);
    for (const other of candidates.get(c.id) ?? []) {
      const p = relateClaims(me, toRelatable(other));
      if (p) proposals.set(pairKey(p.fromClaimId, p.toClaimId), p);
    }
  }
  const projectId = claims[0]!.projectId;
  const ids = claims.map((c) => c.id);

  return db.$transaction(
    async (tx) => {
      // Link writes of one project one at a time: concurrent refreshes of overlapping claims never deadlock.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`links:${projectId}`}))`;
      const existing = await tx.claimLink.findMany({
        where: { OR: [{ fromClaimId: { in: ids } }, { toClaimId: { in: ids } }] },
        select: { ...linkSelect, pairKey: true },
      });
      const byPair = new Map(existing.map((l) => [l.pairKey, l]));
      const audits: TAuditInput[] = [];
      const created: Prisma.ClaimLinkCreateManyInput[] = [];
      for (const [key, s] of proposals) {
        const current = byPair.get(key);
        if (current && (current.origin !== "SUGGESTED" || current.state !== "OPEN")) continue;
        const reason = renderReason({ reasonCode: s.code, reasonParams: s.params, reason: "" }, "en");
        if (
          current &&
          current.relation === s.relation &&
          current.reason === reason &&
          current.fromClaimId === s.fromClaimId
        )
          continue;
        const data = {
          fromClaimId: s.fromClaimId,
          toClaimId: s.toClaimId,
          relation: s.relation,
          reason,
          reasonCode: s.code,
          reasonParams: s.params,
          priority: s.priority,
        };
        if (current) {
          const after = await tx.claimLink.update({
            where: { id: current.id },
            data: { ...data, version: { increment: 1 } },
            select: linkSelect,
          });
          audits.push({
            actorId,
            projectId,
            action: "link.suggestion_update",
            entityType: "ClaimLink",
            entityId: after.id,
            before: current,
            after,
          });
        } else {
          const row = { ...data, id: crypto.randomUUID(), projectId, pairKey: key, origin: "SUGGESTED" as const };
          created.push(row);
          audits.push({
            actorId,
            projectId,
            action: "link.suggest",
            entityType: "ClaimLink",
            entityId: row.id,
            after: row,
          });
        }
      }
      // Another request may have proposed the same pair meanwhile: the pair key is unique, so it is written once.
      const inserted = created.length
        ? (await tx.claimLink.createMany({ data: created, skipDuplicates: true })).count
        : 0;
      const stale = existing.filter((l) => l.origin === "SUGGESTED" && l.state === "OPEN" && !proposals.has(l.pairKey));
      if (stale.length) await tx.claimLink.deleteMany({ where: { id: { in: stale.map((l) => l.id) } } });
      for (const l of stale)
        audits.push({
          actorId,
          projectId,
          action: "link.suggestion_withdraw",
          entityType: "ClaimLink",
          entityId: l.id,
          before: l,
        });
      const writtenIds =
        inserted === created.length
          ? null
          : new Set(
              (
                await tx.claimLink.findMany({ where: { id: { in: created.map((c) => c.id!) } }, select: { id: true } })
              ).map((l) => l.id),
            );
      await recordAudits(
        tx,
        writtenIds ? audits.filter((a) => a.action !== "link.suggest" || writtenIds.has(a.entityId)) : audits,
      );
      const suggested =
        audits.filter((a) => a.action === "link.suggest" || a.action === "link.suggestion_update").length -
        (created.length - inserted);
      return {
        candidates: [...candidates.values()].reduce((n, c) => n + c.length, 0),
        suggested,
        withdrawn: stale.length,
      };
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}

/** One changed claim (a create, an edit, a delete): its link proposals brought up to date. */
export function refreshSuggestionsForClaim(claimId: string, actorId: string | null): Promise<TResult> {
  return refreshSuggestionsForClaims([claimId], actorId);
}
