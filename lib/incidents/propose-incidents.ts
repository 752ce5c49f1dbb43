import { db, type Tx } from "../db";
import { recordAudit } from "../audit/record-audit";
import { claimKeys } from "../claims/claim-keys";
import { rawLayerOfCurated } from "../curation/layer";
import { ZClaimFigures } from "../claims/figures";
import type { Prisma } from "../generated/prisma/client";
import { refreshSuggestionsForClaims } from "../links/refresh-suggestions";
import { derivedId } from "../suggestions/derived-id";
import { checkedProposal } from "../suggestions/proposal";
import {
  absorb,
  bestIncident,
  inPlacementOrder,
  isIncidentClaim,
  newIncident,
  startsIncident,
  type TClusterClaim,
  type TIncident,
} from "./cluster";
import { articleContext, claimFeatures, type TExtraPlace } from "./features";
import { GAZETTEER, placeByKey } from "./gazetteer";
import { getRejectedGroupings } from "./get-rejected-groupings";
import { repeatsRejected } from "./rejected-groupings";
import type { TIncidentSummary } from "./types";

/** How far around an article's dates stored incidents are read (tolls are revised for weeks). */
const WINDOW_DAYS = 61;
const DAY = 86_400_000;

type TStoredIncident = TIncident & {
  status: "PROPOSED" | "CONFIRMED" | "REJECTED";
  changed: boolean;
  isNew: boolean;
  stored: unknown;
};

const WEAPON_EN: Record<string, string> = {
  mortar: "Mortar",
  rocket: "Rocket",
  missile: "Missile",
  drone: "Drone",
  ied: "IED",
  airstrike: "Air",
  gunfire: "Armed",
};
const WEAPON_AR: Record<string, string> = {
  mortar: "قصف بالهاون",
  rocket: "هجوم صاروخي",
  missile: "ضربة صاروخية",
  drone: "هجوم بطائرة مسيّرة",
  ied: "تفجير عبوة ناسفة",
  airstrike: "غارة جوية",
  gunfire: "هجوم مسلح",
};

/** A proposed incident's title in both languages: weapon, place, day. */
export function incidentTitles(
  incident: TIncidentSummary & { date: string | null },
  placeNames: ReadonlyMap<string, { en: string; ar: string }>,
): { titleEn: string; titleAr: string } {
  const place = incident.places[0];
  const name = place
    ? (placeNames.get(place) ?? { en: placeByKey(place)?.en ?? place, ar: placeByKey(place)?.ar[0] ?? place })
    : incident.name
      ? { en: incident.name, ar: incident.name }
      : { en: "unknown place", ar: "مكان غير معروف" };
  const weapon = incident.weapons[0];
  const en = `${weapon ? `${WEAPON_EN[weapon]} attack` : "Incident"} at ${name.en}${incident.date ? `, ${incident.date}` : ""}`;
  const ar = `${weapon ? WEAPON_AR[weapon] : "حادثة"} في ${name.ar}${incident.date ? `، ${incident.date}` : ""}`;
  return { titleEn: en, titleAr: ar };
}

/**
 * Turns an article's open suggestions of statements, casualties and counts into machine-proposed
 * claims (Claim.proposed), so that they take part in incident and link proposals before anyone
 * accepts them. The claim's id is the one accepting would give it, so accepting keeps its links.
 */
async function materializeProposedClaims(tx: Tx, articleId: string): Promise<number> {
  const open = await tx.suggestion.findMany({
    where: { articleId, state: "OPEN", claimId: null, kind: { in: ["STATEMENT", "CASUALTY", "COUNT"] } },
    select: { id: true, projectId: true, quote: true, proposal: true },
  });
  const rows = open.flatMap((s) => {
    // A malformed proposal (stored before proposals were checked on write) makes no claim: its
    // figures would fail every read of the claim (pages, link refreshes) once stored.
    const p = checkedProposal(s.proposal);
    if (!p?.claim) return [];
    const claim: Prisma.ClaimCreateManyInput = {
      id: derivedId(s.id, "claim"),
      projectId: s.projectId,
      articleId,
      kind: p.claim.kind,
      figures: p.claim.figures as Prisma.InputJsonValue,
      proposed: true,
      attribution: p.claim.attribution,
      channel: p.claim.channel,
      speakerEntityId: null,
      sourceText: p.source?.text ?? "",
      sourceType: p.source?.type ?? null,
      provenance: (p.provenance ?? null) as Prisma.InputJsonValue,
      ...claimKeys({ quote: s.quote, kind: p.claim.kind, figures: p.claim.figures }),
    };
    return [{ suggestionId: s.id, claim }];
  });
  if (rows.length === 0) return 0;
  // A retried run finds the claims already there: the ids are derived from the suggestions.
  await tx.claim.createMany({ data: rows.map((r) => r.claim), skipDuplicates: true });
  for (const r of rows) await tx.suggestion.update({ where: { id: r.suggestionId }, data: { claimId: r.claim.id } });
  return rows.length;
}

function dateOf(d: Date | null): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}

async function loadIncidents(
  tx: Tx,
  projectId: string,
  around: string | null,
  articleId: string,
): Promise<TStoredIncident[]> {
  const centre = around ? Date.parse(`${around}T00:00:00Z`) : Date.now();
  const rows = await tx.event.findMany({
    where: {
      projectId,
      deletedAt: null,
      mergedIntoId: null,
      OR: [
        { occurredOn: { gte: new Date(centre - WINDOW_DAYS * DAY), lte: new Date(centre + WINDOW_DAYS * DAY) } },
        { claims: { some: { articleId } } },
      ],
    },
    select: {
      id: true,
      status: true,
      origin: true,
      occurredOn: true,
      features: true,
      claims: { where: { articleId, deletedAt: null }, select: { id: true } },
    },
    take: 2000,
  });
  return rows.map((e) => {
    const f = e.features as Partial<TIncidentSummary & { dateFromText: boolean }>;
    return {
      id: e.id,
      status: e.status,
      date: dateOf(e.occurredOn),
      dateFromText: f.dateFromText ?? e.occurredOn !== null,
      places: f.places ?? [],
      terms: f.terms ?? [],
      anchors: f.anchors ?? [],
      name: f.name ?? null,
      actors: f.actors ?? [],
      targets: f.targets ?? [],
      weapons: f.weapons ?? [],
      perpetrators: f.perpetrators ?? [],
      articleIds: e.claims.length ? [articleId] : [],
      claimIds: e.claims.map((c) => c.id),
      changed: false,
      isNew: false,
      stored: e.features,
      curated: e.origin === "HUMAN",
    };
  });
}

/**
 * Reads incident features for every claim of an article (proposed and accepted), places each
 * incident claim not placed yet in the best compatible incident among those stored (or proposes a
 * new one), and refreshes the link proposals of every claim of the article. A placed claim stays
 * where it is — a person's choice, or an analyst's merge or split, is never undone by a later
 * run; a claim whose best incident was rejected stays out of incidents, and two claims released
 * by one rejection are never grouped again (./rejected-groupings.ts).
 */
export async function proposeIncidentsForArticle(
  articleId: string,
  options: {
    actorId: string | null;
    places?: readonly TExtraPlace[];
    /** Only these claims (one an analyst just made or changed): no proposals are materialised, and only their links refreshed. */
    claimIds?: readonly string[];
  },
) {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, projectId: true, text: true, publishedAt: true, deletedAt: true },
  });
  if (!article || article.deletedAt) return { proposedClaims: 0, incidents: 0, links: 0 };
  // One article at a time per project (a run's pass, an analyst's claim, another process): what is
  // read, decided and written about incidents holds together, and concurrent writers never deadlock.
  const placed = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`incidents:${article.projectId}`}))`;
      const proposedClaims = options.claimIds ? 0 : await materializeProposedClaims(tx, articleId);
      const published = dateOf(article.publishedAt);
      const ctx = articleContext(article.text, published, options.places ?? []);
      const claims = await tx.claim.findMany({
        where: {
          articleId,
          deletedAt: null,
          // A curated article's incidents come from its curated layer (lib/curation/layer.ts).
          AND: rawLayerOfCurated(article.projectId),
          ...(options.claimIds ? { id: { in: [...options.claimIds] } } : {}),
        },
        select: {
          id: true,
          kind: true,
          figures: true,
          features: true,
          eventId: true,
          eventOrigin: true,
          claimSpan: { select: { start: true, end: true } },
          suggestions: { select: { start: true, end: true }, take: 1 },
        },
      });
      const located = claims
        .map((c) => ({ ...c, range: c.claimSpan ?? c.suggestions[0] ?? null }))
        .filter((c): c is typeof c & { range: { start: number; end: number } } => c.range !== null)
        .sort((a, b) => a.range.start - b.range.start);

      const [incidents, rejected] = await Promise.all([
        loadIncidents(tx, article.projectId, published, articleId),
        getRejectedGroupings(article.projectId, tx),
      ]);
      const byId = new Map(incidents.map((i) => [i.id, i]));
      const placements = new Map<string, string | null>();
      const withFeatures = located.map((c) => ({
        ...c,
        stored: c.features,
        features: claimFeatures(ctx, { ...c.range, kind: c.kind, figures: c.figures }),
      }));
      const changedFeatures = withFeatures.filter((c) => JSON.stringify(c.features) !== JSON.stringify(c.stored));
      for (const c of changedFeatures)
        await tx.claim.update({ where: { id: c.id }, data: { features: c.features }, select: { id: true } });
      const items = withFeatures.map((c) => ({
        c,
        claim: {
          id: c.id,
          articleId,
          kind: c.kind,
          figures: ZClaimFigures.parse(c.figures),
          features: c.features,
          position: c.range.start,
        } satisfies TClusterClaim,
      }));
      // In clusterClaims' order, so that both paths place the same claims in the same incidents.
      for (const { c, claim } of inPlacementOrder(items, (item) => item.claim)) {
        if (c.eventId) {
          const mine = byId.get(c.eventId);
          if (mine) absorb(mine, claim);
          continue;
        }
        if (!isIncidentClaim(claim)) continue;
        const allowed = incidents.filter((i) => !repeatsRejected([...i.claimIds, c.id], rejected));
        let target = bestIncident(claim, allowed);
        if (!target && startsIncident(claim)) {
          target = {
            ...newIncident(crypto.randomUUID(), claim),
            status: "PROPOSED",
            changed: true,
            isNew: true,
            stored: null,
          } as TStoredIncident;
          incidents.push(target as TStoredIncident);
          byId.set(target.id, target as TStoredIncident);
        } else if (target) {
          absorb(target, claim);
          (target as TStoredIncident).changed = true;
        }
        const eventId = target && (target as TStoredIncident).status !== "REJECTED" ? target.id : null;
        if (eventId !== c.eventId) placements.set(c.id, eventId);
      }

      const changed = incidents.filter((i) => i.changed && i.status !== "REJECTED");
      for (const i of changed) {
        // The analysts' history kept beside clustering's summary (./incident-history.ts).
        const summary = {
          ...(i.stored && typeof i.stored === "object" ? (i.stored as Record<string, unknown>) : {}),
          places: i.places,
          terms: i.terms ?? [],
          anchors: i.anchors ?? [],
          name: i.name ?? null,
          actors: i.actors,
          targets: i.targets,
          weapons: i.weapons,
          perpetrators: i.perpetrators,
          dateFromText: i.dateFromText,
        } as Prisma.InputJsonValue;
        const occurredOn = i.date ? new Date(`${i.date}T00:00:00Z`) : null;
        if (i.isNew) {
          const titles = incidentTitles(i, new Map());
          const created = await tx.event.create({
            data: {
              id: i.id,
              projectId: article.projectId,
              status: "PROPOSED",
              origin: "SUGGESTED",
              ...titles,
              occurredOn,
              place: placeByKey(i.places[0] ?? "")?.en ?? "",
              features: summary,
            },
            select: { id: true, titleEn: true, occurredOn: true, status: true },
          });
          await recordAudit(tx, {
            actorId: options.actorId,
            projectId: article.projectId,
            action: "incident.propose",
            entityType: "Event",
            entityId: created.id,
            after: created,
          });
        } else if (i.status === "PROPOSED") {
          await tx.event.update({ where: { id: i.id }, data: { features: summary, occurredOn } });
        } else {
          await tx.event.update({ where: { id: i.id }, data: { features: summary } });
        }
      }
      for (const [claimId, eventId] of placements) {
        await tx.claim.update({ where: { id: claimId }, data: { eventId, eventOrigin: "SUGGESTED" } });
      }
      return { proposedClaims, claimIds: located.map((c) => c.id), incidents: changed.filter((i) => i.isNew).length };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  const links = placed.claimIds.length
    ? (await refreshSuggestionsForClaims(placed.claimIds, options.actorId)).suggested
    : 0;
  return { proposedClaims: placed.proposedClaims, incidents: placed.incidents, links };
}

/**
 * The project's PLACE entities as gazetteer entries (their names and aliases): one registered from
 * the base gazetteer keeps its key (so its aliases extend that place), any other is a place of its own.
 */
export async function loadProjectPlaces(projectId: string): Promise<TExtraPlace[]> {
  const rows = await db.entity.findMany({
    where: { projectId, kind: "PLACE", deletedAt: null, mergedIntoId: null },
    select: { id: true, nameAr: true, nameEn: true, aliases: true },
  });
  const byEnglish = new Map(GAZETTEER.map((p) => [p.en.toLowerCase(), p.key]));
  return rows.map((e) => ({
    key: byEnglish.get(e.nameEn.trim().toLowerCase()) ?? `entity:${e.id}`,
    names: [e.nameAr, e.nameEn, ...e.aliases].filter(Boolean),
  }));
}

/** Incident and link proposals for several articles, in report order (the end of a suggestion run). */
export async function proposeIncidentsForArticles(
  projectId: string,
  articleIds: readonly string[],
  actorId: string | null,
) {
  const articles = await db.article.findMany({
    where: { id: { in: [...articleIds] }, projectId, deletedAt: null },
    orderBy: [{ publishedAt: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  const places = await loadProjectPlaces(projectId);
  const total = { proposedClaims: 0, incidents: 0, links: 0 };
  for (const a of articles) {
    const r = await proposeIncidentsForArticle(a.id, { actorId, places });
    total.proposedClaims += r.proposedClaims;
    total.incidents += r.incidents;
    total.links += r.links;
  }
  return total;
}
