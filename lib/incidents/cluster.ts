/**
 * Groups claims into incidents: one happening at one place on one day, told by several reports
 * and by several sources inside one report. Pure and incremental: claims come in report order and
 * each joins the best compatible incident or starts a new one, so the database path (one article
 * at a time, against the incidents already stored) and the evaluation (a whole corpus at once)
 * run the same rules.
 *
 * Compatible means: no two different sites (Ain al-Asad is not Camp Taji), places that contain one
 * another, and dates that agree — within a day when both are read from the text; a report that
 * gives no day of its own may tell of an incident up to 60 days before it (tolls are revised for
 * weeks). Where no place the gazetteer knows decides, the words two reports share do (./terms.ts):
 * a report whose lead names no known place still starts an incident, found again by its words.
 */
import { matchKey } from "../arabic/normalize";
import { ATTACKER_WORDS, thingClass } from "../claims/claim-keys";
import type { TClaimFigures } from "../claims/figures";
import { PLACE_NAME_HEADS } from "./features";
import { placeByKey, placeLineage } from "./gazetteer";
import type { TIncidentFeatures, TIncidentSummary } from "./types";

export type TClusterClaim = {
  id: string;
  articleId: string;
  kind: string;
  figures: TClaimFigures;
  features: TIncidentFeatures;
  /** Where the claim starts in its article: of two incidents that fit as well, the one told nearer wins. */
  position?: number;
};

export type TIncident = TIncidentSummary & {
  id: string;
  /** The day of the happening: the earliest day read from a text, else the earliest report's date. */
  date: string | null;
  dateFromText: boolean;
  articleIds: string[];
  claimIds: string[];
  /** An event a person made: machine-proposed claims join it only by naming its place, never by the fallbacks. */
  curated?: boolean;
  /** Where its claims stand in their articles (kept in memory only, for the tie-break above). */
  positions?: Array<{ articleId: string; position: number }>;
};

const DAY = 86_400_000;
const LATE_REPORT_DAYS = 60;

function days(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/** Places below country level: "Iraq" alone says nothing about which incident. */
export function specificPlaces(places: readonly string[]): string[] {
  return places.filter((p) => placeByKey(p)?.level !== "country");
}

const NAME_HEADS: ReadonlySet<string> = new Set(PLACE_NAME_HEADS);

/**
 * Two spellings of a place the gazetteer does not know name the same place when one's words are all
 * in the other's: «قاعدة عين الأسد» and «قاعدة الأسد» (a name's head word alone does not count).
 */
function sameUnknownPlace(p: string, q: string): boolean {
  if (p === q) return true;
  if (placeByKey(p) || placeByKey(q)) return false;
  const words = (x: string) => x.split(" ").filter((w) => w.length >= 3 && !NAME_HEADS.has(w));
  const [short, long] = p.length <= q.length ? [words(p), words(q)] : [words(q), words(p)];
  return short.length > 0 && short.every((w) => long.includes(w));
}

function sites(places: readonly string[]): string[] {
  return places.filter((p) => placeByKey(p)?.level === "site");
}

/** «ثلاثة انفجارات»، «تفجيرين»: explosions are counted like the munitions of one incident. */
const EXPLOSION = /انفجار|تفجير/u;

/** The class of a count's thing for incidents: thingClass, with explosions as munitions. */
export function incidentThing(thing: string): string {
  const base = thingClass(thing);
  return base !== "attack" && EXPLOSION.test(matchKey(thing)) ? "munition" : base;
}

/** «ستة مسلحين»: gunmen who attacked (a count; killed gunmen are a toll). */
const GUNMEN = /مسلح/u;

/** Which claims take part in incidents: casualties and events of one happening, and counts of what it involved. */
export function isIncidentClaim(c: { kind: string; figures: TClaimFigures; features: TIncidentFeatures }): boolean {
  // (A running tally of the dead over a year or a war is no incident's toll.)
  if (c.kind === "CASUALTY") return c.features.period === null;
  if (c.kind === "EVENT") return true;
  if (c.kind !== "COUNT") return false;
  const f = c.figures;
  if (f.since) return false;
  const thing = incidentThing(f.thing ?? "");
  const thingKey = matchKey(f.thing ?? "");
  if (thing === "munition" || thing === "target") return true;
  // «فجر انتحاريان نفسيهما»، «منفذيه ثلاثة أشخاص»: who carried the attack out is part of it.
  if ((ATTACKER_WORDS.test(thingKey) || GUNMEN.test(thingKey)) && c.features.period === null) return true;
  // People and things counted in the happening («815 طالبا في الحرم»، «27 منهم نقلوا إلى ألمانيا»), not
  // tallies of attacks or counts over a period.
  return thing !== "attack" && c.features.period === null;
}

/** 0 when the claim cannot be part of the incident; otherwise how well it fits (higher is better). */
export function fit(claim: TClusterClaim, incident: TIncident): number {
  const f = claim.features;
  const mine = specificPlaces(f.places);
  const theirs = specificPlaces(incident.places);
  const sameArticle = incident.articleIds.includes(claim.articleId);
  if (mine.length === 0)
    return incident.curated ? 0 : countryLevelFit(f, incident, sameArticle) || termFit(f, incident);
  if (theirs.length === 0) return incident.curated ? 0 : termFit(f, incident);
  const mySites = sites(mine);
  const theirSites = sites(theirs);
  if (mySites.length && theirSites.length && !mySites.some((s) => theirSites.includes(s))) return 0;
  const overlap = mine.some((p) =>
    theirs.some((q) => placeLineage(p).includes(q) || placeLineage(q).includes(p) || sameUnknownPlace(p, q)),
  );
  // Villages the gazetteer does not know, named in one report of one day: parts of what the report tells as one incident.
  const unknownOnly = (ps: readonly string[]) => ps.every((p) => !placeByKey(p));
  // A district or village the gazetteer does not know, in a report on an incident it places («حي الجهاد» in a
  // report on Baghdad): where in that incident's place, unless the report tells of another known place there.
  if (!overlap && (unknownOnly(mine) || unknownOnly(theirs))) {
    if (sameArticle && !f.aside && datesAgree(f, incident)) return 1;
    return incident.curated ? 0 : termFit(f, incident);
  }
  if (!overlap) return 0;
  if (!datesAgree(f, incident)) return 0;
  const siteMatch = mySites.some((s) => theirSites.includes(s));
  const exactPlace = mine.some((p) => theirs.includes(p));
  const sameDay = f.date !== null && f.date === incident.date;
  return (
    2 + (siteMatch ? 4 : 0) + (exactPlace ? 2 : 0) + (sameDay ? 1 : 0) + (sameArticle ? 1 : 0) + recency(f, incident)
  );
}

/** Fewer shared words than this say nothing: two reports of one week share a few by chance. */
export const MIN_SHARED_TERMS = 2;
/** An incident keeps this many of its reports' distinctive words (the first ones: its leads' first). */
const MAX_INCIDENT_TERMS = 240;

/** A report's heaviest words (its terms come heaviest first): most often the name of its place. */
const ANCHOR_TERMS = 3;
const anchorsOf = (f: TIncidentFeatures) => (f.terms ?? []).slice(0, ANCHOR_TERMS);

const TERM_SETS = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The incident's words as a set, built once per list (absorb replaces the list when it grows). */
function termSet(terms: readonly string[]): ReadonlySet<string> {
  const known = TERM_SETS.get(terms);
  if (known) return known;
  const set = new Set(terms);
  TERM_SETS.set(terms, set);
  return set;
}

/**
 * A term among a set's, also where one report glues «ب» or «ل» to a name the other writes alone
 * («ببنقردان» / «بنقردان»: neither report uses both, so ./terms.ts cannot take it off).
 */
function hasTerm(set: ReadonlySet<string>, t: string): boolean {
  return (
    set.has(t) || (t.length > 4 && /^[بل]/u.test(t) && set.has(t.slice(1))) || set.has(`ب${t}`) || set.has(`ل${t}`)
  );
}

/** How many words the claim's report shares with the incident's; an anchor of either among the other's words counts as enough. */
function sharedTerms(f: TIncidentFeatures, incident: TIncident): number {
  if (!f.terms?.length || !incident.terms?.length) return 0;
  const theirs = termSet(incident.terms);
  const mine = termSet(f.terms);
  const shared = f.terms.filter((t) => hasTerm(theirs, t)).length;
  const anchored =
    anchorsOf(f).some((t) => hasTerm(theirs, t)) || (incident.anchors ?? []).some((t) => hasTerm(mine, t));
  return anchored ? Math.max(shared, MIN_SHARED_TERMS) : shared;
}

/**
 * Where neither report names a place the gazetteer knows (an incident in a town it does not list):
 * the same words on agreeing days. Less than any fit by place, so a place still decides.
 */
function termFit(f: TIncidentFeatures, incident: TIncident): number {
  const shared = sharedTerms(f, incident);
  if (!datesAgree(f, incident) || !closeInTime(f, incident, shared)) return 0;
  return shared >= MIN_SHARED_TERMS ? 0.5 + Math.min(shared, 10) / 40 : 0;
}

/** Words alone tie reports of a few days only: a week later, the same words tell of the next attack. */
const TERMS_DAYS = 7;

/** Reports that share this many words tell of one incident over weeks, as reports that name its place do. */
const MANY_SHARED_TERMS = 5;

function closeInTime(f: TIncidentFeatures, incident: TIncident, shared: number): boolean {
  if (!f.date || !incident.date) return true;
  const gap = days(incident.date, f.date);
  const within = shared >= MANY_SHARED_TERMS ? LATE_REPORT_DAYS : TERMS_DAYS;
  return gap >= -TERMS_DAYS && gap <= within;
}

/**
 * Whether a claim that joins no incident starts one: it names a place below a country, or (told of
 * by the lead, not an aside) it has words enough to be found again by other reports.
 */
export function startsIncident(claim: TClusterClaim): boolean {
  const f = claim.features;
  if (specificPlaces(f.places).length > 0) return true;
  return f.placeSource !== "sentence" && f.date !== null && (f.terms?.length ?? 0) >= MIN_SHARED_TERMS;
}

/**
 * A report that gives no day of its own most likely tells of the latest incident at the place before it
 * (two attacks on one base three days apart: a report of the day after the second is about the second).
 * Less than the weight of a same-day or same-article match, so it only decides between otherwise equal fits.
 */
function recency(f: TIncidentFeatures, incident: TIncident): number {
  if (f.dateSource !== "published" || !f.date || !incident.date) return 0;
  const gap = days(incident.date, f.date);
  return gap < -1 || gap > LATE_REPORT_DAYS ? 0 : 0.5 * (1 - Math.max(0, gap) / LATE_REPORT_DAYS);
}

const WEAPON_FAMILY: Record<string, string> = { missile: "rocket" };
const family = (w: string) => WEAPON_FAMILY[w] ?? w;

/**
 * A claim that names no place below a country. In its own article it joins the incident the lead
 * tells of, unless it is told as part of another incident or its own sentence names a country
 * instead («في العراق وسوريا»: more than one incident). Elsewhere it joins an incident in that country only when it names the same attacker
 * (the United States, named in nearly every report, does not count), or the same weapon on the
 * same day read from both texts.
 */
function countryLevelFit(f: TIncidentFeatures, incident: TIncident, sameArticle: boolean): number {
  if (!datesAgree(f, incident)) return 0;
  // The lead's incident, which the claim's own sentence does not contradict, before any other report's.
  if (sameArticle && f.placeSource !== "sentence" && !f.aside) return 3;
  const countries = f.places.filter((p) => placeByKey(p)?.level === "country");
  const sharedActor = f.actors.some((a) => a !== "us" && incident.actors.includes(a));
  const fromText = f.dateSource === "explicit" || f.dateSource === "relative";
  const sameDay = fromText && f.date === incident.date;
  // No place at all: only the same attacker on the same day read from both texts.
  if (!countries.length) return f.placeSource === null && sharedActor && sameDay ? 1 : 0;
  // The villages the gazetteer does not know, which the report's own sentences place in that country.
  if (sameArticle && incident.places.every((q) => !placeByKey(q)))
    return !f.aside && (f.dateSource === "explicit" || f.dateSource === "relative") ? 1 : 0;
  if (!incident.places.some((q) => placeLineage(q).some((x) => countries.includes(x)))) return 0;
  const sameWeapon = f.weapons.some((w) => incident.weapons.some((v) => family(v) === family(w)));
  if (!sharedActor && !(sameDay && sameWeapon)) return 0;
  // Of several incidents in the country, the one sharing more: attackers, weapon, day.
  return (
    1 +
    f.actors.filter((a) => a !== "us" && incident.actors.includes(a)).length * 0.5 +
    (sameWeapon ? 0.25 : 0) +
    (sameDay ? 0.25 : 0)
  );
}

const RECENT_DAYS = 14;

function datesAgree(f: TIncidentFeatures, incident: TIncident): boolean {
  if (!f.date || !incident.date) return true;
  if (f.dateSource === "recent") return days(incident.date, f.date) >= 0 && days(incident.date, f.date) <= RECENT_DAYS;
  const fromText = f.dateSource === "explicit" || f.dateSource === "relative";
  if (fromText && incident.dateFromText) return Math.abs(days(incident.date, f.date)) <= 1;
  if (fromText) return days(f.date, incident.date) >= -1 && days(f.date, incident.date) <= LATE_REPORT_DAYS;
  return days(incident.date, f.date) >= -1 && days(incident.date, f.date) <= LATE_REPORT_DAYS;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/** Adds a claim to an incident (in place), keeping its date the earliest one read from a text. */
export function absorb(incident: TIncident, claim: TClusterClaim): void {
  const f = claim.features;
  const fromText = f.dateSource === "explicit" || f.dateSource === "relative";
  if (
    f.date &&
    (!incident.date ||
      (fromText && !incident.dateFromText) ||
      (fromText === incident.dateFromText && f.date < incident.date))
  ) {
    incident.date = f.date;
    incident.dateFromText = fromText;
  }
  incident.places = union(incident.places, specificPlaces(f.places));
  incident.terms = union(incident.terms ?? [], f.terms ?? []).slice(0, MAX_INCIDENT_TERMS);
  incident.anchors = union(incident.anchors ?? [], anchorsOf(f)).slice(0, MAX_INCIDENT_TERMS);
  incident.name ??= f.placeName ?? null;
  incident.targets = union(incident.targets, f.targets);
  incident.weapons = union(incident.weapons, f.weapons);
  incident.perpetrators = union(incident.perpetrators, f.perpetrators);
  incident.actors = union(incident.actors, f.actors);
  incident.articleIds = union(incident.articleIds, [claim.articleId]);
  incident.claimIds = union(incident.claimIds, [claim.id]);
  if (claim.position !== undefined)
    incident.positions = [...(incident.positions ?? []), { articleId: claim.articleId, position: claim.position }];
}

/** How far the claim is from the nearest claim of the incident in its own article (Infinity when none). */
function distance(claim: TClusterClaim, incident: TIncident): number {
  if (claim.position === undefined) return Infinity;
  const near = (incident.positions ?? [])
    .filter((p) => p.articleId === claim.articleId)
    .map((p) => Math.abs(p.position - claim.position!));
  return near.length ? Math.min(...near) : Infinity;
}

export function newIncident(id: string, claim: TClusterClaim): TIncident {
  const incident: TIncident = {
    id,
    date: null,
    dateFromText: false,
    places: [],
    terms: [],
    anchors: [],
    name: null,
    actors: [],
    targets: [],
    weapons: [],
    perpetrators: [],
    articleIds: [],
    claimIds: [],
  };
  absorb(incident, claim);
  return incident;
}

/** The incident a claim belongs to among `incidents` (best fit, the latest on a tie), or null. */
export function bestIncident(claim: TClusterClaim, incidents: readonly TIncident[]): TIncident | null {
  let best: TIncident | null = null;
  let bestScore = 0;
  for (const incident of incidents) {
    const score = fit(claim, incident);
    const tie = score > 0 && score === bestScore && best !== null;
    const nearer = tie && distance(claim, incident) < distance(claim, best!);
    const asNear = tie && distance(claim, incident) === distance(claim, best!);
    // On a tie, the incident told nearer in the claim's own article, then the one more reports tell.
    if (score > bestScore || nearer || (asNear && incident.claimIds.length >= best!.claimIds.length)) {
      best = incident;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The order claims are placed in: those that name a place first, then those the lead tells of, so
 * that the incidents they start are there for the claims that name only a country.
 */
export function inPlacementOrder<T>(items: readonly T[], claimOf: (item: T) => TClusterClaim): T[] {
  const rank = (item: T) => {
    const claim = claimOf(item);
    return specificPlaces(claim.features.places).length > 0 ? 0 : startsIncident(claim) ? 1 : 2;
  };
  return [0, 1, 2].flatMap((r) => items.filter((item) => rank(item) === r));
}

/**
 * Clusters claims (in report order) into incidents, starting from `incidents` (changed in place).
 * Returns claim id → incident id for every incident claim that could be placed; a claim that can
 * neither join an incident nor start one (see startsIncident) stays out.
 */
export function clusterClaims(
  claims: readonly TClusterClaim[],
  incidents: TIncident[],
  newId: () => string,
): Map<string, string> {
  const assigned = new Map<string, string>();
  const ordered = inPlacementOrder(claims, (c) => c);
  for (const claim of ordered) {
    if (!isIncidentClaim(claim)) continue;
    const found = bestIncident(claim, incidents);
    if (found) {
      absorb(found, claim);
      assigned.set(claim.id, found.id);
    } else if (startsIncident(claim)) {
      const created = newIncident(newId(), claim);
      incidents.push(created);
      assigned.set(claim.id, created.id);
    }
  }
  return assigned;
}
