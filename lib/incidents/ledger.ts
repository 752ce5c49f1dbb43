import { z } from "zod";
import { matchKey } from "../arabic/normalize";
import { figureBounds, ZFigureValue, type TFigureValue } from "../claims/figures";
import { INCIDENT_GRADES, proposeGrade, type TGradeSource } from "./grade";
import { VICTIM_CATEGORIES, type TVictimCategory } from "./types";

/**
 * The incident ledger, built from an incident's claims without the database: one row per report
 * of figures (casualties or counts), each source's latest figure, killed and injured as min–max
 * per victim category over every report and over each source's latest report, and a proposed
 * grade (./grade.ts). The zod schema is the API's contract (GET /events/{id}/ledger).
 *
 * A source is who reports the figure, folded (matchKey) with its type: «مصدر طبي» quoted by two
 * outlets is one source, not two independent ones. A claim with no source text is the outlet's
 * own reporting. Bounds come from lib/claims/figures.ts: exact n is n..n, "about n" its rounding
 * band, "at least n" n..∞ (max null, shown "n+"), ranges as given.
 */

export const SOURCE_TYPES = ["OFFICIAL", "LOCAL", "MEDIA", "ANONYMOUS"] as const;
export type TSourceType = (typeof SOURCE_TYPES)[number];

const ZBounds = z.object({
  min: z.number().int(),
  max: z.number().int().nullable().describe('null: no upper bound ("n+")'),
});
export type TBounds = z.infer<typeof ZBounds>;

const ZLedgerFigure = z.object({ value: ZFigureValue, bounds: ZBounds });
const ZRole = z.enum(["killed", "injured"]);
const ZCategory = z.enum(VICTIM_CATEGORIES);

const ZLedgerRow = z.object({
  claimId: z.uuid(),
  articleId: z.uuid(),
  articleTitle: z.string(),
  outlet: z.string(),
  publishedAt: z.iso.date().nullable(),
  sourceKey: z.string(),
  sourceLabel: z.string().describe("the source text, or the outlet when the claim names no source"),
  sourceText: z.string(),
  sourceType: z.enum(SOURCE_TYPES).nullable(),
  kind: z.enum(["CASUALTY", "COUNT"]),
  victimCategory: ZCategory,
  killed: ZLedgerFigure.nullable(),
  injured: ZLedgerFigure.nullable(),
  count: z
    .object({ thing: z.string(), value: ZLedgerFigure, asOf: z.string().nullable(), since: z.string().nullable() })
    .nullable(),
  perpetrator: z.string(),
  proposed: z.boolean().describe("machine-proposed from an open suggestion, not yet accepted"),
});
export type TLedgerRow = z.infer<typeof ZLedgerRow>;

const ZLatestFigure = z.object({
  category: ZCategory,
  role: ZRole,
  claimId: z.uuid(),
  publishedAt: z.iso.date().nullable(),
  value: ZFigureValue,
  bounds: ZBounds,
});

const ZLedgerSource = z.object({
  key: z.string(),
  label: z.string(),
  sourceText: z.string(),
  sourceType: z.enum(SOURCE_TYPES).nullable(),
  outlets: z.array(z.string()),
  reports: z.number().int(),
  firstReported: z.iso.date().nullable(),
  lastReported: z.iso.date().nullable(),
  latest: z
    .array(ZLatestFigure)
    .describe("the source's latest killed and injured figure per victim category, by publication date"),
  latestCounts: z.array(
    z.object({
      thing: z.string(),
      claimId: z.uuid(),
      publishedAt: z.iso.date().nullable(),
      value: ZFigureValue,
      bounds: ZBounds,
    }),
  ),
});
export type TLedgerSource = z.infer<typeof ZLedgerSource>;

const ZRoleRanges = z.object({
  reported: ZBounds.nullable().describe("lowest to highest over every report"),
  acrossSources: ZBounds.nullable().describe("lowest to highest over each source's latest report"),
});
const ZLedgerCategory = z.object({ category: ZCategory, killed: ZRoleRanges, injured: ZRoleRanges });

const ZGradeReason = z.discriminatedUnion("code", [
  z.object({ code: z.literal("no_sources") }),
  z.object({
    code: z.literal("incompatible_figures"),
    role: ZRole,
    category: z.string(),
    sources: z.tuple([z.string(), z.string()]),
  }),
  z.object({ code: z.literal("competing_perpetrators"), sources: z.tuple([z.string(), z.string()]) }),
  z.object({ code: z.literal("contradicting_links"), count: z.number().int() }),
  z.object({ code: z.literal("official_source"), source: z.string() }),
  z.object({ code: z.literal("independent_sources"), count: z.number().int() }),
  z.object({ code: z.literal("single_source"), count: z.number().int() }),
]);

export const ZIncidentLedger = z.object({
  incident: z.object({
    id: z.uuid(),
    projectId: z.uuid(),
    titleAr: z.string(),
    titleEn: z.string(),
    occurredOn: z.iso.date().nullable(),
    place: z.string(),
    status: z.enum(["PROPOSED", "CONFIRMED", "REJECTED"]),
    version: z.number().int(),
    grade: z.enum(INCIDENT_GRADES).nullable().describe("the reviewer's grade; null until one is set"),
    gradeRationale: z.string(),
    gradedBy: z.string().nullable(),
    gradedAt: z.string().nullable(),
  }),
  rows: z.array(ZLedgerRow),
  sources: z.array(ZLedgerSource),
  categories: z.array(ZLedgerCategory),
  proposedGrade: z.object({ grade: z.enum(INCIDENT_GRADES).nullable(), reasons: z.array(ZGradeReason) }),
  claimCount: z.number().int().describe("every live claim of the incident, with or without figures"),
  contradictingLinks: z.number().int(),
});
export type TIncidentLedger = z.infer<typeof ZIncidentLedger>;

/** What the builder reads of a claim. */
export type TLedgerClaim = {
  id: string;
  kind: string;
  figures: unknown;
  sourceText: string;
  sourceType: TSourceType | null;
  proposed: boolean;
  features: unknown;
  article: { id: string; title: string; source: string | null; publishedAt: Date | null };
};

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

function figureOf(raw: unknown): { value: TFigureValue; bounds: TBounds } | null {
  const parsed = ZFigureValue.safeParse(raw);
  if (raw === undefined || !parsed.success) return null;
  const b = figureBounds(parsed.data);
  return { value: parsed.data, bounds: { min: b.min, max: b.max ?? null } };
}

function record(raw: unknown): Record<string, unknown> {
  return raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");

function victimCategory(features: unknown): TVictimCategory {
  const v = record(features).victimCategory;
  return (VICTIM_CATEGORIES as readonly unknown[]).includes(v) ? (v as TVictimCategory) : "unknown";
}

function perpetratorsOf(c: TLedgerClaim): string[] {
  const fromFeatures = record(c.features).perpetrators;
  const names = Array.isArray(fromFeatures) ? fromFeatures.filter((p): p is string => typeof p === "string") : [];
  const stated = text(record(c.figures).perpetrator);
  return [...new Set([...names, ...(stated ? [stated] : [])].map(matchKey).filter(Boolean))];
}

/** The source of a claim: folded text + type, or the outlet itself when the claim names none. */
function sourceOf(c: Pick<TLedgerClaim, "sourceText" | "sourceType" | "article">): { key: string; label: string } {
  const own = c.sourceText.trim();
  if (own) return { key: `${c.sourceType ?? "UNTYPED"}:${matchKey(own)}`, label: own };
  const outlet = (c.article.source ?? "").trim();
  return { key: `OUTLET:${matchKey(outlet)}`, label: outlet };
}

function toRow(c: TLedgerClaim): TLedgerRow | null {
  if (c.kind !== "CASUALTY" && c.kind !== "COUNT") return null;
  const f = record(c.figures);
  const killed = c.kind === "CASUALTY" ? figureOf(f.killed) : null;
  const injured = c.kind === "CASUALTY" ? figureOf(f.injured) : null;
  const value = c.kind === "COUNT" ? figureOf(f.value) : null;
  if (!killed && !injured && !value) return null;
  const source = sourceOf(c);
  return {
    claimId: c.id,
    articleId: c.article.id,
    articleTitle: c.article.title,
    outlet: c.article.source ?? "",
    publishedAt: day(c.article.publishedAt),
    sourceKey: source.key,
    sourceLabel: source.label,
    sourceText: c.sourceText.trim(),
    sourceType: c.sourceType,
    kind: c.kind,
    victimCategory: victimCategory(c.features),
    killed,
    injured,
    count: value ? { thing: text(f.thing), value, asOf: text(f.asOf) || null, since: text(f.since) || null } : null,
    perpetrator: text(f.perpetrator),
    proposed: c.proposed,
  };
}

/** Widens `range` to cover `b`; null max is unbounded. */
function widen(range: TBounds | null, b: TBounds): TBounds {
  if (!range) return { ...b };
  return {
    min: Math.min(range.min, b.min),
    max: range.max === null || b.max === null ? null : Math.max(range.max, b.max),
  };
}

/** Rows in reading order: by publication date (undated last), then article title, then claim id for a stable order. */
function byDate(a: TLedgerRow, b: TLedgerRow): number {
  if (a.publishedAt !== b.publishedAt)
    return a.publishedAt === null ? 1 : b.publishedAt === null ? -1 : a.publishedAt < b.publishedAt ? -1 : 1;
  return a.articleTitle.localeCompare(b.articleTitle) || a.claimId.localeCompare(b.claimId);
}

const CREDIBLE: readonly (TSourceType | null)[] = ["OFFICIAL", "LOCAL", "MEDIA"];

export function buildLedger(input: {
  incident: TIncidentLedger["incident"];
  claims: TLedgerClaim[];
  /** Links between two of the incident's claims with relation CONTRADICTS that are not dismissed. */
  contradictingLinks: number;
}): TIncidentLedger {
  const rows = input.claims
    .map(toRow)
    .filter((r): r is TLedgerRow => r !== null)
    .sort(byDate);
  const perpetratorsByClaim = new Map(input.claims.map((c) => [c.id, perpetratorsOf(c)]));

  const sources = new Map<string, TLedgerSource & { perpetrators: Set<string>; outletOnly: boolean }>();
  for (const row of rows) {
    let s = sources.get(row.sourceKey);
    if (!s) {
      s = {
        key: row.sourceKey,
        label: row.sourceLabel,
        sourceText: row.sourceText,
        sourceType: row.sourceType,
        outlets: [],
        reports: 0,
        firstReported: row.publishedAt,
        lastReported: row.publishedAt,
        latest: [],
        latestCounts: [],
        perpetrators: new Set(),
        outletOnly: row.sourceText === "",
      };
      sources.set(row.sourceKey, s);
    }
    s.reports++;
    if (row.outlet && !s.outlets.includes(row.outlet)) s.outlets.push(row.outlet);
    if (row.publishedAt) s.lastReported = row.publishedAt;
    for (const p of perpetratorsByClaim.get(row.claimId) ?? []) s.perpetrators.add(p);
    // Rows are in date order, so a later row replaces the source's earlier figure.
    for (const role of ["killed", "injured"] as const) {
      const figure = row[role];
      if (!figure) continue;
      const latest = {
        category: row.victimCategory,
        role,
        claimId: row.claimId,
        publishedAt: row.publishedAt,
        ...figure,
      };
      const at = s.latest.findIndex((l) => l.category === row.victimCategory && l.role === role);
      if (at >= 0) s.latest[at] = latest;
      else s.latest.push(latest);
    }
    if (row.count) {
      const thing = matchKey(row.count.thing);
      const latest = { thing: row.count.thing, claimId: row.claimId, publishedAt: row.publishedAt, ...row.count.value };
      const at = s.latestCounts.findIndex((l) => matchKey(l.thing) === thing);
      if (at >= 0) s.latestCounts[at] = latest;
      else s.latestCounts.push(latest);
    }
  }

  const categories = VICTIM_CATEGORIES.map((category) => {
    const ranges = (role: "killed" | "injured") => {
      let reported: TBounds | null = null;
      let acrossSources: TBounds | null = null;
      for (const row of rows)
        if (row.victimCategory === category && row[role]) reported = widen(reported, row[role]!.bounds);
      for (const s of sources.values())
        for (const l of s.latest)
          if (l.category === category && l.role === role) acrossSources = widen(acrossSources, l.bounds);
      return { reported, acrossSources };
    };
    return { category, killed: ranges("killed"), injured: ranges("injured") };
  }).filter((c) => c.killed.reported || c.injured.reported);

  const gradeSources: TGradeSource[] = [...sources.values()].map((s) => ({
    key: s.key,
    label: s.label,
    credible: CREDIBLE.includes(s.outletOnly ? (s.sourceType ?? "MEDIA") : s.sourceType),
    official: s.sourceType === "OFFICIAL",
    latest: s.latest.map((l) => ({
      category: l.category,
      role: l.role,
      min: l.bounds.min,
      max: l.bounds.max,
      publishedAt: l.publishedAt,
    })),
    perpetrators: [...s.perpetrators],
  }));

  return {
    incident: input.incident,
    rows,
    sources: [...sources.values()].map(({ perpetrators: _p, outletOnly: _o, ...s }) => s),
    categories,
    proposedGrade: proposeGrade(gradeSources, input.contradictingLinks),
    claimCount: input.claims.length,
    contradictingLinks: input.contradictingLinks,
  };
}
