import type { Tx } from "../db";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { fingerprints } from "../suggest/fingerprint";
import { ENGINE_VERSION, suggestArticle } from "../suggest/suggest-article";
import type { TEntityForMatching, TProposal } from "../suggest/types";
import { loadEntitiesForMatching } from "./load-entities-for-matching";
import { checkedProposal } from "./proposal";
import { covers, sameWords } from "./proposal-ranges";
import { withdrawProposedClaims } from "./withdraw-proposed-claims";

/** The claim kinds a suggestion kind would make. */
const CLAIM_KIND: Partial<Record<TProposal["kind"], string>> = {
  STATEMENT: "STATEMENT",
  CASUALTY: "CASUALTY",
  COUNT: "COUNT",
};

const ENTITY_KINDS = new Set(["PLACE", "ORGANISATION", "PERSON", "OUTLET"]);

/**
 * Runs the engine on one article and stores what it proposes, inside one transaction that holds
 * the article's advisory lock (so two runs never interleave). Proposals that an analyst already
 * decided (same fingerprint, or same kind on the same words), or that an analyst already annotated
 * (a live span with the same label, or a claim of the same kind, over the same words or holding
 * most of them), are left out; open suggestions the engine no longer makes, or that an analyst has
 * since annotated, are removed.
 * Decided suggestions are never touched. Returns how many new open suggestions were stored.
 */
export async function refreshArticleSuggestions(
  articleId: string,
  options: {
    entities?: TEntityForMatching[];
    /** Runs in the same transaction after the proposals are stored (a run saves its progress there). */
    inTransaction?: (tx: Tx, result: { created: number; removed: number }) => Promise<void>;
  } = {},
): Promise<{ created: number; removed: number }> {
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, projectId: true, text: true, publishedAt: true },
  });
  if (!article) return { created: 0, removed: 0 };
  const entities = options.entities ?? (await loadEntitiesForMatching(article.projectId));
  const proposals = suggestArticle({
    text: article.text,
    publishedAt: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : null,
    entities,
  });
  const prints = fingerprints(proposals);
  return db.$transaction(
    async (tx) => {
      const result = await storeProposals(tx, article, proposals, prints);
      await options.inTransaction?.(tx, result);
      return result;
    },
    { timeout: 30_000 },
  );
}

async function storeProposals(
  tx: Tx,
  article: { id: string; projectId: string },
  proposals: TProposal[],
  prints: string[],
) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`suggestions:${article.id}`}))`;
  // One connection per transaction: its queries run one after another.
  const existing = await tx.suggestion.findMany({
    where: { articleId: article.id },
    select: {
      id: true,
      fingerprint: true,
      state: true,
      kind: true,
      start: true,
      end: true,
      engineVersion: true,
      claimId: true,
    },
  });
  const spans = await tx.span.findMany({
    where: { articleId: article.id, deletedAt: null },
    select: { start: true, end: true, label: { select: { key: true } } },
  });
  // Claims an analyst made (not machine-proposed ones), on a live span: their range and kind.
  const claims = await tx.claim.findMany({
    where: { articleId: article.id, deletedAt: null, proposed: false, claimSpan: { deletedAt: null } },
    select: { kind: true, claimSpan: { select: { start: true, end: true } } },
  });
  /** Already annotated: a live span with the same label, or an analyst's claim of the same kind, over the same words. */
  const annotated = (p: TProposal): boolean =>
    spans.some(
      (s) =>
        s.label.key === p.label &&
        (ENTITY_KINDS.has(p.kind) ? s.start === p.range.start && s.end === p.range.end : covers(s, p.range)),
    ) || claims.some((c) => c.claimSpan !== null && CLAIM_KIND[p.kind] === c.kind && covers(c.claimSpan, p.range));
  const byPrint = new Map(existing.map((s) => [s.fingerprint, s]));
  const decided = existing.filter((s) => s.state !== "OPEN");
  const wanted = new Set<string>();
  const rows: Prisma.SuggestionCreateManyInput[] = [];
  const refreshed: Array<{ id: string; p: TProposal }> = [];
  proposals.forEach((p, i) => {
    // A proposal its readers would refuse (malformed figures above all) is not stored; an open
    // suggestion that now proposes one is removed as stale.
    if (!checkedProposal(p)) return;
    const fingerprint = prints[i] ?? "";
    const known = byPrint.get(fingerprint);
    if (known) {
      // An open suggestion the analyst has since annotated by hand goes (it is removed as stale).
      if (known.state !== "OPEN" || annotated(p)) return;
      wanted.add(fingerprint);
      // A newer engine, or a boundary that moved: the open suggestion shows the new proposal.
      if (known.engineVersion !== ENGINE_VERSION || known.start !== p.range.start || known.end !== p.range.end)
        refreshed.push({ id: known.id, p });
      return;
    }
    if (decided.some((d) => d.kind === p.kind && sameWords(d, p.range))) return;
    if (annotated(p)) return;
    wanted.add(fingerprint);
    rows.push({
      projectId: article.projectId,
      articleId: article.id,
      kind: p.kind,
      start: p.range.start,
      end: p.range.end,
      quote: p.range.text,
      fingerprint,
      proposal: p as unknown as Prisma.InputJsonValue,
      engineVersion: ENGINE_VERSION,
    });
  });
  const staleRows = existing.filter((s) => s.state === "OPEN" && !wanted.has(s.fingerprint));
  const stale = staleRows.map((s) => s.id);
  if (stale.length) await tx.suggestion.deleteMany({ where: { id: { in: stale }, state: "OPEN" } });
  // Their machine-proposed claims go with them, out of incidents and links.
  await withdrawProposedClaims(
    tx,
    staleRows.flatMap((s) => (s.claimId ? [s.claimId] : [])),
    null,
  );
  for (const { id, p } of refreshed) {
    await tx.suggestion.update({
      where: { id },
      data: {
        start: p.range.start,
        end: p.range.end,
        quote: p.range.text,
        proposal: p as unknown as Prisma.InputJsonValue,
        engineVersion: ENGINE_VERSION,
        version: { increment: 1 },
      },
    });
  }
  const created = rows.length ? (await tx.suggestion.createMany({ data: rows, skipDuplicates: true })).count : 0;
  return { created, removed: stale.length };
}
