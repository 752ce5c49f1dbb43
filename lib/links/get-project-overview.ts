import { db } from "../db";
import type { ActingUser } from "../auth/acting-user";
import { ZClaimFigures } from "../claims/figures";
import { claimsVisibleTo } from "../curation/layer";
import { requireMembership } from "../projects/require-membership";

/**
 * The project at a glance: for each pair of articles, how many of their claims agree, contradict
 * or update each other (dismissed links left out), and for each event the reported figures over
 * time, for the overview's matrix and timelines. A figure is placed at its own date ("as of"),
 * else its article's publication date, else the event's date; one with none of them is listed
 * with `date: null` so the page can say which it could not place and why.
 */
export async function getProjectOverview(options: { actor: ActingUser; projectId: string }) {
  const access = await requireMembership(options.actor, options.projectId);
  // Under independent annotation, only what the actor may read (lib/curation/layer.ts).
  const visible = claimsVisibleTo(options.projectId, { id: options.actor.id, role: access.role });
  const [articles, links, events] = await Promise.all([
    db.article.findMany({
      where: { projectId: options.projectId, deletedAt: null },
      orderBy: { publishedAt: { sort: "asc", nulls: "last" } },
      select: { id: true, title: true, source: true, publishedAt: true },
    }),
    db.claimLink.findMany({
      where: {
        projectId: options.projectId,
        state: { not: "DISMISSED" },
        fromClaim: { deletedAt: null, AND: visible },
        toClaim: { deletedAt: null, AND: visible },
      },
      select: {
        relation: true,
        state: true,
        fromClaim: { select: { articleId: true } },
        toClaim: { select: { articleId: true } },
      },
    }),
    db.event.findMany({
      where: { projectId: options.projectId, deletedAt: null },
      orderBy: { occurredOn: { sort: "asc", nulls: "last" } },
      select: {
        id: true,
        titleAr: true,
        titleEn: true,
        occurredOn: true,
        claims: {
          where: { deletedAt: null, article: { deletedAt: null }, AND: visible },
          select: {
            id: true,
            kind: true,
            figures: true,
            article: { select: { id: true, title: true, publishedAt: true, source: true } },
          },
        },
      },
    }),
  ]);
  const cells = new Map<
    string,
    { a: string; b: string; agrees: number; contradicts: number; updates: number; related: number; confirmed: number }
  >();
  for (const l of links) {
    const [a, b] = [l.fromClaim.articleId, l.toClaim.articleId].sort() as [string, string];
    const key = `${a}:${b}`;
    const cell = cells.get(key) ?? { a, b, agrees: 0, contradicts: 0, updates: 0, related: 0, confirmed: 0 };
    cell[l.relation.toLowerCase() as "agrees" | "contradicts" | "updates" | "related"]++;
    if (l.state === "CONFIRMED") cell.confirmed++;
    cells.set(key, cell);
  }
  const timelines = events.map((e) => ({
    id: e.id,
    titleAr: e.titleAr,
    titleEn: e.titleEn,
    occurredOn: e.occurredOn,
    points: e.claims
      .map((c) => {
        const f = ZClaimFigures.parse(c.figures);
        // The figure's own date, else its article's, else the event's (the incident's) date.
        const articleDate = c.article.publishedAt?.toISOString().slice(0, 10) ?? null;
        const eventDate = e.occurredOn?.toISOString().slice(0, 10) ?? null;
        const placedBy = f.asOf ? "as_of" : articleDate ? "article" : eventDate ? "event" : null;
        return {
          claimId: c.id,
          kind: c.kind,
          article: c.article,
          date: f.asOf ?? articleDate ?? eventDate,
          placedBy,
          killed: f.killed ?? null,
          injured: f.injured ?? null,
          value: f.value ?? null,
          thing: f.thing ?? null,
        };
      })
      .filter((p) => p.killed || p.injured || p.value)
      .sort((x, y) => (x.date ?? "").localeCompare(y.date ?? "")),
  }));
  return { articles, pairs: [...cells.values()], timelines };
}
