import type { Prisma } from "../generated/prisma/client";

/**
 * Layers of an article under independent annotation.
 *
 * - An analyst's **raw layer** is their own live spans and claims on the article (written by a
 *   member whose project role is analyst).
 * - The **curated layer** is every other live span and claim on it: the copies curators
 *   (reviewers and managers) take from the analysts' layers, and what they add or edit
 *   themselves, plus what has no author. There is no flag: who wrote it says which layer it is in,
 *   so a curator's own work is curated by construction and several curators share one layer.
 *
 * Who reads what:
 * - before an article is curated, an analyst reads only their own work on it (lib/curation/
 *   visibility.ts, and `hiddenFromAnalyst` below for lists across articles: the review queue,
 *   search, links, the overview, the event, incident and entity pages); reviewers, managers,
 *   incident proposals and exports read every layer, each span and claim with its author;
 * - once it is curated, reviewers (the queue), incident proposals and exports read its curated
 *   layer only (`rawLayerOfCurated`); an export can add the raw layers apart (`layers=curated+raw`).
 *   The reader still shows everyone everything, so analysts see each other's work.
 * Projects that do not annotate independently have no layers: everything is read as it is.
 */

const ANALYST = "ANALYST" as const;

/** Spans and claims of analysts (the raw layers) on articles curated in an independent-annotation project. */
function rawOfCurated(projectId: string) {
  return {
    article: { curatedAt: { not: null }, project: { independentAnnotation: true } },
    author: { memberships: { some: { projectId, role: ANALYST } } },
  } as const;
}

/** Conditions (for `AND`) that leave out the raw layers of curated articles: what reviewers and incidents read. */
export function rawLayerOfCurated(projectId: string): Prisma.ClaimWhereInput[] {
  return [{ NOT: rawOfCurated(projectId) }];
}

/**
 * Conditions (for `AND`) for what an analyst may read of claims across articles of an
 * independent-annotation project: on articles not curated yet, only their own (and authorless)
 * claims; on curated ones, the curated layer. Others (reviewers, managers) get `rawLayerOfCurated`.
 */
export function claimsVisibleTo(
  projectId: string,
  viewer: { id: string; role: "ANALYST" | "REVIEWER" | "MANAGER" },
): Prisma.ClaimWhereInput[] {
  if (viewer.role !== ANALYST) return rawLayerOfCurated(projectId);
  return [...rawLayerOfCurated(projectId), { NOT: hiddenFromAnalyst(viewer.id) }];
}

/**
 * For the pages that list every claim of an event, incident or entity: an analyst reads what
 * `claimsVisibleTo` lets them; reviewers and managers read every layer (nothing left out).
 */
export function claimsListedFor(
  projectId: string,
  viewer: { id: string; role: "ANALYST" | "REVIEWER" | "MANAGER" },
): Prisma.ClaimWhereInput[] {
  return viewer.role === ANALYST ? claimsVisibleTo(projectId, viewer) : [];
}

/** The same rule for spans, where a page counts an entity's spans beside its claims. */
export function spansListedFor(
  projectId: string,
  viewer: { id: string; role: "ANALYST" | "REVIEWER" | "MANAGER" },
): Prisma.SpanWhereInput[] {
  return viewer.role === ANALYST ? [{ NOT: rawOfCurated(projectId) }, { NOT: hiddenFromAnalyst(viewer.id) }] : [];
}

/** Another person's claim or span on an article of an independent-annotation project that is not curated yet. */
function hiddenFromAnalyst(analystId: string) {
  return {
    article: { curatedAt: null, project: { independentAnnotation: true } },
    AND: [{ authorId: { not: null } }, { authorId: { not: analystId } }],
  } satisfies Prisma.ClaimWhereInput & Prisma.SpanWhereInput;
}

/**
 * The same rule in SQL, for statements that do not go through Prisma (the exports): true when the
 * span or claim `x` is in an analyst's raw layer of an article curated under independent annotation.
 */
export function rawOfCuratedSql(x: string): string {
  return `(${x}."authorId" is not null and exists (select 1 from "Article" la join "Project" lp on lp.id = la."projectId"
    join "Membership" lm on lm."projectId" = la."projectId" and lm."userId" = ${x}."authorId" and lm.role = 'ANALYST'
    where la.id = ${x}."articleId" and la."curatedAt" is not null and lp."independentAnnotation"))`;
}
