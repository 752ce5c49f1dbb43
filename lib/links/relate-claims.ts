/**
 * The link rules, as pure code: how two claims relate, by explicit rules each with a reason code
 * and its parameters (lib/links/link-reasons.ts renders them in English and Arabic).
 *
 *  - same quote: a carried quote of six words or more, not a boilerplate phrase → agrees;
 *  - tallies (counts over a campaign: «84 هجوماً منذ 17 أكتوبر»): the same thing, over the same
 *    places and from the same start → updates when a later as-of date gives a value not lower,
 *    contradicts when the later value is lower or both dates are the same and the values cannot
 *    both hold, agrees when they can; another thing, place or start → no link;
 *  - munitions of one incident («سبع قذائف هاون» / «عدة صواريخ»): a different weapon → contradicts
 *    (naming the attribute); else compatible → agrees, incompatible → contradicts;
 *  - tolls of one incident, per victim category (civilians are not soldiers): compatible → agrees;
 *    a later report (or a raised total: «ارتفع عدد») not lower → updates; lower or same time →
 *    contradicts. Different perpetrators named for one incident → contradicts;
 *  - inside one article only figures from different sources are compared (one source does not
 *    contradict itself); a claim is never linked to itself.
 */
import { ATTACKER_WORDS, shingleOverlap, thingClass } from "../claims/claim-keys";
import {
  figureBounds,
  figuresCompatible,
  formatFigure,
  type TClaimFigures,
  type TFigureValue,
} from "../claims/figures";
import { matchKey } from "../arabic/normalize";
import { incidentThing } from "../incidents/cluster";
import { findWeapons } from "../incidents/features";
import type { TIncidentFeatures, TWeapon } from "../incidents/types";

export type TRelatableClaim = {
  id: string;
  articleId: string;
  /** The report's publication date (YYYY-MM-DD). */
  publishedAt: string | null;
  kind: string;
  figures: TClaimFigures;
  features: TIncidentFeatures;
  incidentId: string | null;
  /** Folded words naming the source, "" when the article itself asserts it. */
  source: string;
  quote: string;
  quoteShingles: string[];
};

export type TReasonCode =
  | "same_quote"
  | "tally_update"
  | "tally_decrease"
  | "tally_same_date"
  | "weapon_differs"
  | "perpetrator_differs"
  | "munitions_compatible"
  | "munitions_incompatible"
  | "munitions_part"
  | "toll_update"
  | "toll_revised"
  | "toll_compatible"
  | "toll_part"
  | "toll_incompatible"
  | "sources_disagree"
  | "breakdown_update"
  | "breakdown_same";

export type TRelation = "AGREES" | "CONTRADICTS" | "UPDATES";
export type TReasonParams = Record<string, string>;

export type TRelationProposal = {
  fromClaimId: string;
  toClaimId: string;
  relation: TRelation;
  code: TReasonCode;
  params: TReasonParams;
  priority: number;
};

const SAME_QUOTE = 0.8;
const MIN_QUOTE_WORDS = 6;
/** Phrases every report of a quiet attack carries: they never make two claims agree on their own. */
const BOILERPLATE =
  /^(?:و?(?:لم|دون|بدون|من دون)\s+(?:تسفر|يسفر|يسجل|تسجل|وقوع|اي|أي)?\s*(?:عن\s+)?(?:وقوع\s+)?(?:اي\s+|أي\s+)?(?:اصابات|إصابات|خسائر|اضرار|أضرار|ضحايا))/u;

const PRIORITY: Record<TRelation, number> = { CONTRADICTS: 5, UPDATES: 2, AGREES: 1 };

type TCasualty = Pick<TClaimFigures, "killed" | "injured">;

const WEAPON_FAMILY: Record<TWeapon, string> = {
  mortar: "mortar",
  rocket: "rocket",
  missile: "rocket",
  drone: "drone",
  ied: "ied",
  airstrike: "airstrike",
  gunfire: "gunfire",
};

function words(s: string): number {
  return s.trim().split(/\s+/u).filter(Boolean).length;
}

function proposal(
  a: TRelatableClaim,
  b: TRelatableClaim,
  relation: TRelation,
  code: TReasonCode,
  params: TReasonParams,
): TRelationProposal {
  return { fromClaimId: a.id, toClaimId: b.id, relation, code, params, priority: PRIORITY[relation] };
}

/** Earlier report first (by publication date, then as-of date for counts). */
function inOrder(
  a: TRelatableClaim,
  b: TRelatableClaim,
  dateOf: (c: TRelatableClaim) => string | null,
): [TRelatableClaim, TRelatableClaim] {
  const da = dateOf(a) ?? "";
  const db = dateOf(b) ?? "";
  if (da !== db) return da < db ? [a, b] : [b, a];
  return b.features.raised && !a.features.raised ? [a, b] : a.features.raised && !b.features.raised ? [b, a] : [a, b];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function weaponsConflict(a: readonly TWeapon[], b: readonly TWeapon[]): [string, string] | null {
  if (!a.length || !b.length) return null;
  const fa = new Set(a.map((w) => WEAPON_FAMILY[w]));
  const fb = new Set(b.map((w) => WEAPON_FAMILY[w]));
  return [...fa].some((w) => fb.has(w)) ? null : [[...fa].join("/"), [...fb].join("/")];
}

/** Whether two counts cover the same period: the same start or window; a running total with no start fits any start. */
export function samePeriod(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  if (a === b) return true;
  const open = (p: string) => p === "running" || p.startsWith("since:");
  return (a === "running" && open(b)) || (b === "running" && open(a));
}

function relateTallies(a: TRelatableClaim, b: TRelatableClaim): TRelationProposal | null {
  const fa = a.figures;
  const fb = b.figures;
  if (!fa.value || !fb.value) return null;
  const thing = thingClass(fa.thing ?? "");
  if (thing !== thingClass(fb.thing ?? "") || !thing) return null;
  // Attacks are compared only as running totals over the same period; a stock (troops) at any time.
  if (thing !== "troops" && !samePeriod(a.features.period, b.features.period)) return null;
  if (a.features.scope.length && b.features.scope.length && !sameSet(a.features.scope, b.features.scope)) return null;
  const asOf = (c: TRelatableClaim) => c.figures.asOf ?? c.publishedAt;
  const [earlier, later] = inOrder(a, b, asOf);
  const ve = earlier.figures.value!;
  const vl = later.figures.value!;
  const params = {
    thing: (fa.thing ?? "").trim(),
    ...both("earlier", ve),
    ...both("later", vl),
    earlierDate: asOf(earlier) ?? "",
    laterDate: asOf(later) ?? "",
  };
  if (asOf(earlier) === asOf(later)) {
    return figuresCompatible(ve, vl)
      ? proposal(a, b, "AGREES", "tally_same_date", params)
      : proposal(a, b, "CONTRADICTS", "tally_same_date", params);
  }
  const notLower = (figureBounds(vl).max ?? Infinity) >= figureBounds(ve).min;
  return notLower
    ? proposal(earlier, later, "UPDATES", "tally_update", params)
    : proposal(earlier, later, "CONTRADICTS", "tally_decrease", params);
}

/**
 * People and things counted in a happening («76 عادوا إلى الخدمة»، «27 نقلوا إلى ألمانيا»، «ثلاث كنائس»): the
 * same part (two words in common around the figure) with another figure in a later report updates it, up
 * or down; compatible figures agree, and others of the same time contradict. Parts that share no words are
 * not compared.
 */
function relateBreakdown(a: TRelatableClaim, b: TRelatableClaim): TRelationProposal | null {
  const shared = a.features.frame.filter((w) => b.features.frame.includes(w));
  if (shared.length < 2 || a.articleId === b.articleId) return null;
  const va = a.figures.value;
  const vb = b.figures.value;
  if (!va || !vb) return null;
  const reportedOn = (c: TRelatableClaim) => c.features.reportedOn ?? c.publishedAt;
  const [earlier, later] = inOrder(a, b, reportedOn);
  const params = {
    ...both("a", earlier.figures.value!),
    ...both("b", later.figures.value!),
    part: shared.join(" "),
  };
  // A later report that gives the same part a figure the earlier one allows agrees («ثلاث كنائس» twice).
  if (reportedOn(earlier) !== reportedOn(later) && !figuresCompatible(va, vb))
    return proposal(earlier, later, "UPDATES", "breakdown_update", params);
  return figuresCompatible(va, vb)
    ? proposal(a, b, "AGREES", "breakdown_same", params)
    : proposal(a, b, "CONTRADICTS", "breakdown_same", params);
}

/** «أربعة صواريخ أخرى»: another set of munitions than the ones counted before. */
const ANOTHER = /(?:^|\s)(?:اخري|اخرى|اخر|اخرين|اضافيه|اضافي)(?:\s|$)/u;
/** How many of a quote's first words name its counted thing (where «آخر» says it is another one). */
const ANOTHER_WITHIN = 4;

/** Munitions and targets are compared as such; any other count of one incident is people in a toll's breakdown. */
const OBJECT_THINGS = new Set(["munition", "target"]);

/** «ثلاثة مسلحين»: gunmen who attacked, counted like the attackers who blew themselves up. */
const GUNMEN = /مسلح/u;
/** Counted people whose words say only that they are people or casualties: which part of a toll they are is in the words around. */
const PEOPLE =
  /شخص|اشخاص|افراد|جريح|جرحي|مصاب|قتيل|قتلي|شهيد|شهداء|ضحيه|ضحايا|طفل|اطفال|مدني|جندي|جنود|عسكري|عنصر|عناصر|طالب|طلاب|منهم|منهن|مواطن|سائح|مريض|مرضي/u;
/** A counted thing's first word without its article and plural or feminine ending («السيارات» → «سيار»). */
function objectHead(thing: string): string {
  const first = matchKey(thing).trim().split(/\s+/u)[0] ?? "";
  return first.replace(/^(?:[وفب]?ال|[وفب]?لل)/u, "").replace(/(?:ات|ين|ون|ان|ه|ا)$/u, "");
}
/** Two counts of the same kind of object that is no person («أكثر من ستين سيارة»، «عشرات السيارات»). */
function sameObject(a: string | undefined, b: string | undefined): boolean {
  const ka = matchKey(a ?? "");
  const kb = matchKey(b ?? "");
  if (PEOPLE.test(ka) || PEOPLE.test(kb)) return false;
  const ha = objectHead(ka);
  return ha.length >= 3 && ha === objectHead(kb);
}

function relateMunitions(a: TRelatableClaim, b: TRelatableClaim): TRelationProposal | null {
  const fa = a.figures;
  const fb = b.figures;
  const thing = incidentThing(fa.thing ?? "");
  const other = incidentThing(fb.thing ?? "");
  // «27 منهم»، «السبعة الآخرين»، «21 عسكرياً»: the words around the figure say which part of a toll it is.
  // «انتحاريان» and «منفذيه ثلاثة انتحاريين»: who carried the attack out, counted by two reports.
  // («10 مهاجمين» and «عشرة مسلحين»: the attackers, whichever word names them.)
  const attacker = (thingKey: string) => ATTACKER_WORDS.test(thingKey) || GUNMEN.test(thingKey);
  const attackers = [fa, fb].every((f) => attacker(matchKey(f.thing ?? ""))) || sameObject(fa.thing, fb.thing);
  if (!OBJECT_THINGS.has(thing) && !OBJECT_THINGS.has(other) && !attackers) return relateBreakdown(a, b);
  if (thing !== other && !attackers) return null;
  // Read in the words that name the counted thing («أحد الإرهابيين … تلاه إرهابي آخر» counts both); two
  // reports that both tell of «انتحاري آخر» count the same second one.
  const another = (c: TRelatableClaim) =>
    ANOTHER.test(` ${matchKey(c.quote).trim().split(/\s+/u).slice(0, ANOTHER_WITHIN).join(" ")} `);
  if (another(a) !== another(b)) return null;
  // «25 طائرة مسيرة وصاروخاً» against «18 طائرة مسيرة»: drones and missiles together are another counted thing.
  const kindsA = findWeapons(matchKey(fa.thing ?? ""));
  const kindsB = findWeapons(matchKey(fb.thing ?? ""));
  const together = (k: readonly TWeapon[], o: readonly TWeapon[]) => k.length > 1 && k.some((w) => !o.includes(w));
  if (thing === "munition" && (together(kindsA, kindsB) || together(kindsB, kindsA))) return null;
  const conflict = thing === "munition" ? weaponsConflict(a.features.weapons, b.features.weapons) : null;
  if (conflict)
    return proposal(a, b, "CONTRADICTS", "weapon_differs", {
      a: conflict[0],
      b: conflict[1],
      aThing: (fa.thing ?? "").trim(),
      bThing: (fb.thing ?? "").trim(),
    });
  if (!fa.value || !fb.value) return null;
  const params = { ...both("a", fa.value), ...both("b", fb.value), thing: (fa.thing ?? "").trim() };
  // «خمسة صواريخ» and «ثلاثة منها سقطت قرب السفارة»; «لم يسقط أي صاروخ داخله» and «أربعة سقطت على مشارفه»:
  // a part and the whole, or parts that fell in different spots, do not compete.
  const fellApart = a.features.fell && b.features.fell && a.features.fell !== b.features.fell;
  if (thing === "munition" && (Boolean(a.features.part) !== Boolean(b.features.part) || fellApart)) {
    const [part, whole] = a.features.part && !b.features.part ? [a, b] : [b, a];
    const fits =
      fellApart || figureBounds(part.figures.value!).min <= (figureBounds(whole.figures.value!).max ?? Infinity);
    return fits
      ? proposal(part, whole, "AGREES", "munitions_part", params)
      : proposal(a, b, "CONTRADICTS", "munitions_incompatible", params);
  }
  return figuresCompatible(fa.value, fb.value)
    ? proposal(a, b, "AGREES", "munitions_compatible", params)
    : proposal(a, b, "CONTRADICTS", "munitions_incompatible", params);
}

/** A figure as two parameters, `name` in English and `nameAr` in Arabic, so the reason renders in either language. */
function both(name: string, f: TFigureValue): TReasonParams {
  return { [name]: formatFigure(f), [`${name}Ar`]: formatFigure(f, "ar") };
}

/** A toll in words, as two parameters like `both`. */
function describe(name: string, f: TCasualty): TReasonParams {
  return {
    [name]: [f.killed && `${formatFigure(f.killed)} killed`, f.injured && `${formatFigure(f.injured)} injured`]
      .filter(Boolean)
      .join(", "),
    [`${name}Ar`]: [
      f.killed && `القتلى ${formatFigure(f.killed, "ar")}`,
      f.injured && `الجرحى ${formatFigure(f.injured, "ar")}`,
    ]
      .filter(Boolean)
      .join("، "),
  };
}

/** Words that name no institution: two sources sharing only these are not one institution. */
const GENERIC_SOURCE_WORDS = new Set([
  "مصدر",
  "مصادر",
  "امني",
  "امنيه",
  "طبي",
  "طبيه",
  "مسوول",
  "مسوولون",
  "مسوولين",
  "وزاره",
  "وزير",
  "بيان",
  "اعلام",
  "عراقي",
  "عراقيه",
  "محلي",
  "محليه",
  "حكومي",
  "حكوميه",
  "رسمي",
  "رسميه",
  "باسم",
  "ناطق",
  "متحدث",
  "وكاله",
  "انباء",
  "قناه",
  "اقليم",
  "اميركي",
  "امريكي",
  "عسكري",
  "عسكريه",
  "قياده",
  "شرطه",
  "حسب",
  "وفق",
]);

/** Whether two folded sources name one institution («وزير صحه اقليم …» / «وزاره صحه اقليم»): a word in common that is not generic. */
export function sharesInstitution(a: string, b: string): boolean {
  if (!a || !b) return false;
  const words = (s: string) => s.split(" ").filter((w) => w.length >= 3 && !GENERIC_SOURCE_WORDS.has(w));
  const wb = new Set(words(b));
  return words(a).some((w) => wb.has(w));
}

const CONTRACTOR = /متعاقد/u;

/** «أكثر من 50» next to «50»: reports use «أكثر من» loosely, so for agreement it reads as «50 على الأقل». */
function loose(f: TCasualty): TCasualty {
  const open = (v: TFigureValue | undefined) =>
    v?.qualifier === "more_than" ? { ...v, qualifier: "at_least" as const } : v;
  return { killed: open(f.killed), injured: open(f.injured) };
}

function relateTolls(a: TRelatableClaim, b: TRelatableClaim): TRelationProposal | null {
  // A change («بزيادة 45») is compared only with another change.
  if (a.features.delta !== b.features.delta) return null;
  // A part of the toll (one hospital, those still in intensive care) is not the toll.
  if (a.features.partial || b.features.partial) return null;
  const ca = a.features.victimCategory;
  const cb = b.features.victimCategory;
  // A contractor is a civilian in one report and one of the military's in another: the category does not tell them apart.
  const contractor = [a, b].some((c) => CONTRACTOR.test(matchKey(c.figures.victims ?? "")));
  if (ca !== "unknown" && cb !== "unknown" && ca !== cb && !contractor) return null;
  // American soldiers and Iraqi soldiers are not one toll.
  const na = a.features.victimNationality;
  const nb = b.features.victimNationality;
  if (na && nb && na !== nb) return null;
  const fa = a.figures;
  const fb = b.figures;
  const roles = (["killed", "injured"] as const).filter((r) => fa[r] && fb[r]);
  if (roles.length === 0) return null;
  // «No American soldier hurt» says nothing of a toll whose victims are not named: other people may have been hit.
  // (An earlier «no injuries among his troops» that the report goes on to revise is of the same toll.)
  const named = (c: TRelatableClaim) =>
    c.features.victimCategory !== "unknown" || c.features.victimNationality !== null;
  const none = (c: TRelatableClaim) => roles.every((r) => figureBounds(c.figures[r]!).max === 0);
  const groupZero = (x: TRelatableClaim, y: TRelatableClaim) =>
    none(x) && named(x) && !x.features.earlier && !named(y) && !none(y);
  if (groupZero(a, b) || groupZero(b, a)) return null;
  // «A British national injured» against «9 injured»: the toll of one nationality, lower than everyone's, is a part of it.
  const partByNationality = (x: TRelatableClaim, y: TRelatableClaim) =>
    x.features.victimNationality !== null &&
    y.features.victimNationality === null &&
    !none(x) &&
    roles.every((r) => {
      const bx = figureBounds(x.figures[r]!);
      return (bx.max ?? Infinity) <= figureBounds(y.figures[r]!).min;
    }) &&
    roles.some((r) => {
      const bx = figureBounds(x.figures[r]!);
      return (bx.max ?? Infinity) < figureBounds(y.figures[r]!).min;
    });
  if (partByNationality(a, b) || partByNationality(b, a)) return null;
  const looseA = loose(fa);
  const looseB = loose(fb);
  const pa = a.features.perpetrators;
  const pb = b.features.perpetrators;
  if (pa.length && pb.length && !pa.some((p) => pb.includes(p)))
    return proposal(a, b, "CONTRADICTS", "perpetrator_differs", { a: pa.join("/"), b: pb.join("/") });
  const params = { ...describe("a", fa), ...describe("b", fb), victims: ca !== "unknown" ? ca : cb };
  const incompatible = roles.filter((r) => !figuresCompatible(looseA[r], looseB[r]));
  const sameArticle = a.articleId === b.articleId;
  const reportedOn = (c: TRelatableClaim) => c.features.reportedOn ?? c.publishedAt;
  const bounds = (c: TRelatableClaim, r: "killed" | "injured") => figureBounds(c.figures[r]!);
  // Two tolls of one day that cannot tell which came first by their words — both raised totals, or
  // one institution's figures (the ministry's 8 injured, then its 10) — are a toll counted up
  // through the day when one is at least the other in every role: the lower came first.
  // Compared by the figures as said («نحو 3700» is 3700 here, not its lower bound).
  const said = (c: TRelatableClaim, r: "killed" | "injured") => {
    const f = c.figures[r]!;
    return f.qualifier === "range" || f.value === undefined ? figureBounds(f).min : f.value;
  };
  // «53 قتيلاً وعشرات الجرحى» after «35 قتيلاً وأكثر من 237 جريحاً»: beside a role that rose, a vague figure of
  // the other («عشرات») does not lower it.
  const vague = (x: TRelatableClaim, r: "killed" | "injured") => x.figures[r]?.qualifier === "range";
  const rose = (x: TRelatableClaim, y: TRelatableClaim) => roles.some((r) => !vague(x, r) && said(x, r) > said(y, r));
  const dominates = (x: TRelatableClaim, y: TRelatableClaim) =>
    roles.every((r) => said(x, r) >= said(y, r) || (vague(x, r) && !vague(y, r))) && rose(x, y);
  const sameInstitution = sharesInstitution(a.source, b.source);
  // Two earlier figures one report recalls from different sources («أرقام سابقة … 10 قتلى»، «وكان الوزير قد
  // قال في وقت سابق إن أكثر من 25») are steps of the same count: the lower came first.
  const bothEarlier = sameArticle && a.features.earlier && b.features.earlier;
  // «ما لا يقل عن 13» then «أكثر من 40» the same day: a floor given while the count was open, raised later.
  const openFloor = (x: TRelatableClaim) => roles.every((r) => bounds(x, r).max === undefined);
  const raisedFloor = (low: TRelatableClaim, high: TRelatableClaim) =>
    dominates(high, low) && openFloor(low) && roles.some((r) => said(high, r) >= 1.5 * Math.max(1, said(low, r)));
  // «12 قتيلاً في حصيلة أولية» then 27 the same day: a toll said to be open, counted on.
  const openToll = (low: TRelatableClaim, high: TRelatableClaim) =>
    low.features.provisional === true && dominates(high, low);
  const counting = openToll(a, b) || openToll(b, a);
  // «4 قتلى و10 جرحى» then «9 قتلى و33 جريحاً» in another report of the day: a toll higher by a fifth or more
  // in one role and lower in none was counted on from the lower (95 against 97 is two sources disagreeing).
  // (Where both give the dead, the dead must have risen so: more injured beside nearly the same dead is two
  // sources disagreeing.)
  const risen = (low: TRelatableClaim, high: TRelatableClaim) =>
    dominates(high, low) &&
    (roles.includes("killed") ? ["killed" as const] : roles).some(
      (r) => said(high, r) - said(low, r) >= Math.max(2, 0.2 * said(low, r)),
    );
  const countedUp =
    (bothEarlier ||
      (sameArticle && counting) ||
      (!sameArticle &&
        reportedOn(a) === reportedOn(b) &&
        (a.features.raised ||
          b.features.raised ||
          sameInstitution ||
          risen(a, b) ||
          risen(b, a) ||
          raisedFloor(a, b) ||
          raisedFloor(b, a) ||
          counting))) &&
    (dominates(a, b) || dominates(b, a));
  const [earlier, later] = countedUp
    ? dominates(b, a)
      ? [a, b]
      : [b, a]
    : sameArticle && a.features.earlier !== b.features.earlier
      ? a.features.earlier
        ? [a, b]
        : [b, a]
      : inOrder(a, b, reportedOn);
  const daysApart = (x: string | null, y: string | null) =>
    x && y ? Math.abs(Date.parse(`${y}T00:00:00Z`) - Date.parse(`${x}T00:00:00Z`)) / 86_400_000 : 0;
  // «No losses» against a toll reported the next day is a denial against a report, not a toll that grew.
  const denied =
    roles.every((r) => bounds(earlier, r).max === 0) &&
    daysApart(reportedOn(earlier), reportedOn(later)) < 2 &&
    !later.features.raised;
  const laterReport =
    !denied &&
    (countedUp ||
      (sameArticle && earlier.features.earlier && !later.features.earlier) ||
      reportedOn(earlier) !== reportedOn(later) ||
      // Two raised tolls of one report (its lead says the toll rose) are its sources side by side.
      (later.features.raised && !(sameArticle && earlier.features.raised)));
  // «عشرات الجرحى» after «42 مصاباً», «أكثر من 180 مصاباً» after «186»: a vague or open later figure
  // that may hold the earlier one is not lower.
  // «5 قتلى و20 جريحاً» then «12 قتيلاً و15 جريحاً»: the wounded who died moved from one count to the other —
  // fewer injured by no more than the dead who were added is the toll counted on.
  const diedOfWounds =
    roles.length === 2 &&
    said(later, "killed") > said(earlier, "killed") &&
    said(earlier, "injured") - said(later, "injured") <= said(later, "killed") - said(earlier, "killed");
  const notLower =
    countedUp ||
    diedOfWounds ||
    roles.every((r) => {
      const l = bounds(later, r);
      const e = bounds(earlier, r);
      const vague = later.figures[r]?.qualifier === "range" || l.max === undefined;
      // («نحو 70» after «63 على الأقل»: an approximate later figure, as said.)
      const about = later.figures[r]?.qualifier === "about" && said(later, r) >= e.min;
      const besideRise = later.figures[r]?.qualifier === "range" && rose(later, earlier);
      return l.min >= e.min || about || (vague && (l.max ?? Infinity) >= e.min) || besideRise;
    });
  // A later report that raises an open floor («137 على الأقل» → 154, «18 على الأقل» → «19 على الأقل») updates it
  // even though both could hold; one that only narrows a range («عدة» → 4) agrees.
  const higher = roles.some((r) => {
    const e = bounds(earlier, r);
    const l = said(later, r);
    // («63 قتيلاً» then «نحو 70» the next day: an exact toll raised to an approximate one.)
    const fromExact = earlier.figures[r]?.qualifier === "exactly" && later.figures[r]?.qualifier === "about";
    // (An approximate figure near the exact one is the same toll rounded: «63» then «نحو 65» agree.)
    if (fromExact) return l - e.min >= Math.max(2, 0.1 * e.min);
    return e.max === undefined && l > e.min;
  });
  const ordered = {
    ...describe("a", earlier.figures),
    ...describe("b", later.figures),
    victims: params.victims,
    earlierDate: reportedOn(earlier) ?? "",
    laterDate: reportedOn(later) ?? "",
  };
  if (laterReport && notLower && (higher || incompatible.length > 0))
    return countedUp && sameInstitution && !sameArticle
      ? proposal(earlier, later, "UPDATES", "toll_revised", { ...ordered, source: later.source })
      : proposal(earlier, later, "UPDATES", "toll_update", ordered);
  if (incompatible.length === 0) return proposal(a, b, "AGREES", "toll_compatible", params);
  // «64 قتيلاً في كولومبو» beside the day's 156, «مقتل شخصين تركيين» beside 76: in one report, another
  // source's figure at most half the other in every role is a part of it (a place, a hospital, a group) —
  // where the whole is a toll of ten or more: one killed against two is two sources disagreeing.
  const partOf = (x: TRelatableClaim, y: TRelatableClaim) =>
    roles.every((r) => bounds(y, r).min >= 10 && (bounds(x, r).max ?? Infinity) <= 0.5 * bounds(y, r).min);
  if (sameArticle && (partOf(a, b) || partOf(b, a))) {
    const [part, whole] = partOf(a, b) ? [a, b] : [b, a];
    return proposal(part, whole, "AGREES", "toll_part", {
      ...describe("a", part.figures),
      ...describe("b", whole.figures),
      victims: params.victims,
    });
  }
  return sameArticle
    ? proposal(a, b, "CONTRADICTS", "sources_disagree", { ...params, aSource: a.source, bSource: b.source })
    : proposal(earlier, later, "CONTRADICTS", "toll_incompatible", ordered);
}

/** The same toll told twice: casualty figures equal in every role either gives. */
function restated(a: TRelatableClaim, b: TRelatableClaim): boolean {
  if (a.kind !== "CASUALTY" || b.kind !== "CASUALTY") return false;
  const roles = (["killed", "injured"] as const).filter((r) => a.figures[r] || b.figures[r]);
  return (
    roles.length > 0 &&
    roles.every((r) => JSON.stringify(a.figures[r] ?? null) === JSON.stringify(b.figures[r] ?? null))
  );
}

export function relateClaims(a: TRelatableClaim, b: TRelatableClaim): TRelationProposal | null {
  if (a.id === b.id) return null;
  const sameArticle = a.articleId === b.articleId;
  // One source's figures in one report are its one account, except a toll it states twice or one it
  // tells as its earlier («حصيلة سابقة»، «في وقت سابق»), which the report then revises — in two sentences
  // (two analysts' claims on one sentence are one mention).
  const sentences = [a.features.sentenceStart, b.features.sentenceStart];
  const twoMentions = sentences.every((x) => x !== undefined) && sentences[0] !== sentences[1];
  if (
    sameArticle &&
    a.source === b.source &&
    !(twoMentions && (restated(a, b) || a.features.earlier !== b.features.earlier))
  )
    return null;

  if (!sameArticle && shingleOverlap(a.quoteShingles, b.quoteShingles) >= SAME_QUOTE) {
    const shorter = a.quote.length <= b.quote.length ? a.quote : b.quote;
    if (words(shorter) >= MIN_QUOTE_WORDS && !BOILERPLATE.test(matchKey(shorter).trim()))
      return proposal(a, b, "AGREES", "same_quote", {});
  }

  const sameIncident = a.incidentId !== null && a.incidentId === b.incidentId;
  if (a.kind === "COUNT" && b.kind === "COUNT") {
    const tallyA = !a.incidentId;
    const tallyB = !b.incidentId;
    if (tallyA && tallyB && !sameArticle) return relateTallies(a, b);
    if (sameIncident) return relateMunitions(a, b);
    return null;
  }
  if (a.kind === "CASUALTY" && b.kind === "CASUALTY" && sameIncident) return relateTolls(a, b);
  return null;
}
