import type { ActingUser } from "../auth/acting-user";
import { figureNumber } from "../agreement/claims";
import { db } from "../db";
import { NotFoundError } from "../errors";
import { requireMembership } from "../projects/require-membership";
import { alignSpans } from "./align";
import type { TCurationView } from "./schemas";

type TFigure = { value?: number; min?: number; max?: number } | undefined;
type TSpanRow = { id: string; labelId: string; start: number; end: number; quote: string; authorId: string | null };
type TClaimRow = { id: string; kind: TCurationView["items"][number]["curated"][number]["claims"][number]["kind"] };

/** The audit action that records a curator leaving an item out of the curated layer. */
export const REJECT_ACTION = "curation.reject";

function claimSummary(c: { id: string; kind: TClaimRow["kind"]; figures: unknown }) {
  const f = (c.figures && typeof c.figures === "object" ? c.figures : {}) as Record<string, unknown>;
  return {
    id: c.id,
    kind: c.kind,
    killed: figureNumber(f.killed as TFigure),
    injured: figureNumber(f.injured as TFigure),
    value: figureNumber(f.value as TFigure),
    thing: typeof f.thing === "string" ? f.thing : "",
  };
}

/** The article, its analysts (assigned members whose role is analyst) and the project's analyst ids. */
export async function loadCurationContext(actor: ActingUser, articleId: string) {
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: {
      id: true,
      projectId: true,
      title: true,
      text: true,
      curatedAt: true,
      project: { select: { independentAnnotation: true } },
    },
  });
  if (!article) throw new NotFoundError("Article");
  // Curators are reviewers and managers: the people who see every analyst's work.
  await requireMembership(actor, article.projectId, "REVIEWER", "Article");
  const [assignments, analystMembers] = await Promise.all([
    db.assignment.findMany({
      where: { articleId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    db.membership.findMany({ where: { projectId: article.projectId, role: "ANALYST" }, select: { userId: true } }),
  ]);
  const projectAnalysts = new Set(analystMembers.map((m) => m.userId));
  const analysts = assignments
    .map((a) => a.user)
    .filter((u) => projectAnalysts.has(u.id))
    .map((u) => ({ id: u.id, name: u.name || u.email }));
  return { article, analysts, projectAnalysts };
}

/**
 * The side-by-side curation view of one article (reviewers and managers): each analyst's spans and
 * the claims on them lined up item by item with what differs (./align.ts), and the curated layer
 * (./layer.ts) beside them, with the items a curator left out.
 */
export async function getCurationView(options: { actor: ActingUser; articleId: string }): Promise<TCurationView> {
  const { article, analysts, projectAnalysts } = await loadCurationContext(options.actor, options.articleId);
  const [spans, claims, labels, rejections] = await Promise.all([
    db.span.findMany({
      // Orphans of a revision are not in the text the others annotated (nor are the claims on them).
      where: { articleId: article.id, deletedAt: null, anchorState: { not: "ORPHANED" } },
      orderBy: [{ start: "asc" }, { end: "asc" }, { id: "asc" }],
      select: { id: true, labelId: true, start: true, end: true, quote: true, authorId: true },
    }),
    db.claim.findMany({
      where: { articleId: article.id, deletedAt: null, proposed: false, claimSpanId: { not: null } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, figures: true, claimSpanId: true },
    }),
    db.label.findMany({
      where: { projectId: article.projectId, deletedAt: null },
      orderBy: [{ order: "asc" }, { createdAt: "asc" }],
      select: { id: true, key: true, name: true, nameAr: true, color: true },
    }),
    db.auditEvent.findMany({
      where: { entityType: "Article", entityId: article.id, action: REJECT_ACTION },
      select: { after: true },
    }),
  ]);
  const claimsOf = new Map<string, ReturnType<typeof claimSummary>[]>();
  for (const c of claims) {
    const list = claimsOf.get(c.claimSpanId ?? "") ?? [];
    list.push(claimSummary(c));
    claimsOf.set(c.claimSpanId ?? "", list);
  }
  const shape = (s: TSpanRow) => {
    const on = claimsOf.get(s.id) ?? [];
    const claimKey = on
      .map((c) => `${c.kind}:${c.killed}:${c.injured}:${c.value}`)
      .sort()
      .join("|");
    return { id: s.id, labelId: s.labelId, start: s.start, end: s.end, quote: s.quote, claims: on, claimKey };
  };
  const index = new Map(analysts.map((a, i) => [a.id, i]));
  const layers = analysts.map(() => [] as ReturnType<typeof shape>[]);
  const curated: ReturnType<typeof shape>[] = [];
  for (const s of spans) {
    const analyst = s.authorId ? index.get(s.authorId) : undefined;
    if (analyst !== undefined) layers[analyst]!.push(shape(s));
    // Another analyst's span (one not assigned to this article) is in no one's column.
    else if (!s.authorId || !projectAnalysts.has(s.authorId)) curated.push(shape(s));
  }
  const rejected = new Set(
    rejections.flatMap((r) => {
      const ids = (r.after as { spanIds?: unknown } | null)?.spanIds;
      return Array.isArray(ids) ? ids.map(String) : [];
    }),
  );
  const strip = ({ claimKey: _, ...span }: ReturnType<typeof shape>) => span;
  return {
    article: {
      id: article.id,
      projectId: article.projectId,
      title: article.title,
      curatedAt: article.curatedAt?.toISOString() ?? null,
      independentAnnotation: article.project.independentAnnotation,
    },
    analysts,
    labels,
    items: alignSpans(layers, curated).map((item) => {
      const present = item.versions.filter((v) => v !== null);
      return {
        key: item.key,
        start: item.start,
        end: item.end,
        quote: article.text.slice(item.start, item.end),
        differences: item.differences,
        versions: item.versions.map((v) => (v ? strip(v) : null)),
        curated: item.curated.map(strip),
        rejected: item.curated.length === 0 && present.length > 0 && present.every((v) => rejected.has(v.id)),
      };
    }),
  };
}
