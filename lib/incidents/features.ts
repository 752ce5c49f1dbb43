/**
 * Reads a claim's incident features from the article: the day of the happening, the places and
 * sites named, the weapon, who did it, who the victims are, and whether a toll is a raised total.
 * The claim's own sentence speaks first; what it leaves out comes from the article's lead (the
 * first paragraph names the incident in news reports), and the date last of all from the
 * publication date. Pure: the same text gives the same features.
 */
import { matchKey } from "../arabic/normalize";
import { findDates, type FoundDate } from "../suggest/dates";
import { buildTextModel } from "../suggest/text-model";
import { GAZETTEER, placeByKey, type TPlace } from "./gazetteer";
import type { TIncidentFeatures, TVictimCategory, TWeapon } from "./types";

type Range = { start: number; end: number };
/** A place the project knows beyond the base gazetteer (its PLACE entities). */
export type TExtraPlace = { key: string; names: readonly string[] };

type Pattern = { key: string; re: RegExp };

/** Folded spelling → a pattern that finds it as a word, after an optional proclitic (و، ف، ب، ل، ك). */
function wordPattern(spelling: string, proclitics: string): RegExp | null {
  const folded = matchKey(spelling).trim();
  if (!folded) return null;
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:[${proclitics}]{0,2})${escaped}(?=$|[^\\p{L}\\p{N}])`, "u");
}

function patterns(entries: ReadonlyArray<{ key: string; names: readonly string[] }>, proclitics = "وفبلك"): Pattern[] {
  return entries.flatMap((e) => e.names.flatMap((n) => {
    const re = wordPattern(n, proclitics);
    return re ? [{ key: e.key, re }] : [];
  }));
}

const PLACE_ENTRIES = GAZETTEER.map((p) => ({ key: p.key, names: [...p.ar, p.en] }));
const PLACE_PATTERNS = patterns(PLACE_ENTRIES);
/** Places as locations («في العراق»، «بسوريا»), not as owners («التابعة لإيران»): what a count's scope is read from. */
const LOCATIVE_PLACE_PATTERNS = patterns(PLACE_ENTRIES, "وفب");

/** Weapons by the words that name them, in folded spelling (matchKey). Order matters: ballistic before rocket. */
const WEAPON_WORDS: ReadonlyArray<[TWeapon, RegExp]> = [
  ["mortar", /هاون|مورتر|مدفعيه\s+هاون/u],
  ["missile", /(?:صواريخ|صاروخ\S*)\s+(?:باليستي|بالستي|كروز)|صواريخ\s+ارض\s*-?\s*ارض/u],
  ["drone", /مسير(?:ه|ات)|طاير(?:ه|ات)\s+(?:مسير|بدون|من دون)|درون/u],
  ["rocket", /صاروخ|صواريخ|كاتيوشا|قذايف\s+صاروخيه|قذيفه\s+صاروخيه|راجم/u],
  ["ied", /عبو(?:ه|ات)\s+ناسف/u],
  ["airstrike", /غار(?:ه|ات)|ضرب(?:ه|ات)\s+جوي|قصف\s+جوي|ضربات\s+امريكيه|الضربات/u],
  ["gunfire", /اطلاق\s+(?:نار|رصاص)|رصاص/u],
];

/** Who did it or claimed it, by the names reports use. */
const ACTORS = patterns([
  { key: "kataib-hezbollah", names: ["كتائب حزب الله"] },
  { key: "nujaba", names: ["حركة النجباء", "النجباء"] },
  { key: "awliya-al-dam", names: ["سرايا أولياء الدم", "أولياء الدم"] },
  { key: "islamic-resistance-iraq", names: ["المقاومة الإسلامية في العراق"] },
  { key: "pmf", names: ["الحشد الشعبي"] },
  { key: "iran", names: ["إيران", "الحرس الثوري", "طهران", "الإيراني", "الإيرانية"] },
  { key: "isis", names: ["داعش", "تنظيم الدولة"] },
  { key: "us", names: ["الولايات المتحدة", "واشنطن", "القوات الأمريكية", "الجيش الأمريكي", "الأمريكية", "الأمريكي"] },
]);

const VICTIMS: ReadonlyArray<[TVictimCategory, RegExp]> = [
  ["civilian", /مدني|مواطن|اطفال|طفل|نساء|امراه|متظاهر|محتج|سكان|عمال/u],
  ["militant", /مسلح|مقاتل|ارهابي|دواعش|مليشي|ميليشي|فصايل|الحشد|حشد|كتايب|^\s*(?:عنصر|عناصر)\s*$|عنصر(?:ا|ين)?(?!\s*(?:من\s+)?(?:امن|شرطه|الامن|الشرطه|الجيش|جيش))/u],
  ["military", /جندي|جنود|عسكري|قوات|امن|شرطه|جيش|افراد\s+الخدمه|موظف|متعاقد|ضابط|مستشار|بحار|طيار/u],
];

const RAISED = /(?:ارتفع|ارتفاع|ارتفعت|يرتفع|ترتفع|ليرتفع|لترتفع|بلغ|بلغت|يبلغ|ليبلغ|ليصل|وصل|حصيله\s+جديده|الحصيله\s+الي)/u;
const EMBASSY = /سفاره/u;
const CONVOY = /رتل|قافله|ارتال/u;

/** What the article says once, read once: its dates and its lead's features. */
export type TArticleContext = {
  text: string;
  publishedAt: string | null;
  dates: FoundDate[];
  lead: Range;
  leadFeatures: Omit<TIncidentFeatures, "victimCategory" | "raised" | "scope" | "placeSource" | "period">;
  extraPlaces: Pattern[];
};

const SENTENCE_END = /[.!؟?\n]/u;

/** The sentence around a range: from after the previous full stop or line break to the next one. */
export function sentenceAround(text: string, r: Range): Range {
  let start = r.start;
  while (start > 0 && !SENTENCE_END.test(text[start - 1] ?? "")) start--;
  let end = r.end;
  while (end < text.length && !SENTENCE_END.test(text[end] ?? "")) end++;
  return { start, end };
}

function uniq<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function findPlaces(folded: string, extra: readonly Pattern[], base: readonly Pattern[] = PLACE_PATTERNS): string[] {
  const found = uniq([...base, ...extra].filter((p) => p.re.test(folded)).map((p) => p.key));
  // Most specific first; a place that only contains another named place adds nothing.
  const level = (k: string) => ["site", "city", "province", "country"].indexOf(placeByKey(k)?.level ?? "city");
  return found.sort((a, b) => level(a) - level(b));
}

function findWeapons(folded: string): TWeapon[] {
  return uniq(WEAPON_WORDS.filter(([, re]) => re.test(folded)).map(([w]) => w)).filter((w, _, all) => !(w === "rocket" && all.includes("missile") && !/كاتيوشا/u.test(folded)));
}

function targetsOf(folded: string, places: readonly string[]): string[] {
  const sites = places.filter((k) => placeByKey(k)?.level === "site");
  return uniq([...sites, ...(EMBASSY.test(folded) ? ["embassy"] : []), ...(CONVOY.test(folded) ? ["convoy"] : [])]);
}

function dateIn(ctx: TArticleContext, r: Range): { date: string; source: "explicit" | "relative" } | null {
  const inside = ctx.dates.filter((d) => d.start >= r.start && d.end <= r.end);
  const d = inside[0];
  return d ? { date: d.date, source: d.kind === "explicit" ? "explicit" : "relative" } : null;
}

function baseFeatures(ctx: TArticleContext, r: Range) {
  const folded = matchKey(ctx.text.slice(r.start, r.end));
  const places = findPlaces(folded, ctx.extraPlaces);
  const at = dateIn(ctx, r);
  return {
    date: at?.date ?? null,
    dateSource: at?.source ?? null,
    places,
    targets: targetsOf(folded, places),
    weapons: findWeapons(folded),
    perpetrators: uniq(ACTORS.filter((a) => a.re.test(folded)).map((a) => a.key)),
  };
}

export function articleContext(text: string, publishedAt: string | null, extraPlaces: readonly TExtraPlace[] = []): TArticleContext {
  const firstBreak = text.search(/\n\s*\n|\n/u);
  const firstParagraph = { start: 0, end: firstBreak > 0 ? firstBreak : text.length };
  // A short headline-like first line does not make a lead on its own.
  const lead = firstParagraph.end < 80 ? { start: 0, end: Math.min(text.length, sentenceAround(text, { start: firstParagraph.end + 1, end: firstParagraph.end + 1 }).end) } : firstParagraph;
  const ctx: TArticleContext = {
    text, publishedAt, dates: findDates(buildTextModel(text), publishedAt), lead,
    leadFeatures: { date: null, dateSource: null, places: [], targets: [], weapons: [], perpetrators: [] },
    extraPlaces: patterns(extraPlaces),
  };
  ctx.leadFeatures = baseFeatures(ctx, lead);
  return ctx;
}

/** The places right after a count's figure, up to the next figure («18 منها في العراق و12 في سوريا»), else the sentence's. */
function countScope(ctx: TArticleContext, claim: Range, sentencePlaces: readonly string[]): string[] {
  const after = ctx.text.slice(claim.end, claim.end + 48);
  const stop = after.search(/[\d\u0660-\u0669.،؛\n]/u);
  const window = matchKey(stop >= 0 ? after.slice(0, stop) : after);
  const near = findPlaces(window, ctx.extraPlaces, LOCATIVE_PLACE_PATTERNS);
  if (near.length) return near;
  const sentence = sentenceAround(ctx.text, claim);
  return findPlaces(matchKey(ctx.text.slice(sentence.start, sentence.end)), ctx.extraPlaces, LOCATIVE_PLACE_PATTERNS).filter((p) => sentencePlaces.includes(p));
}

const PERIODS: ReadonlyArray<[string, RegExp]> = [
  ["day", /(?:خلال|في)\s+(?:يوم|اليوم|ال?24\s+ساعه|ال?48\s+ساعه|ساعات)|يوم\s+واحد/u],
  ["week", /(?:خلال|في)\s+(?:ال)?اسبوع(?!ين|ان)|الاسبوع\s+(?:الماضي|الجاري|الحالي)/u],
  ["month", /(?:خلال|في)\s+(?:ال)?شهر(?!ين|ان)|الشهر\s+(?:الماضي|الجاري|الحالي)|شهر\s+(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين)/u],
  ["year", /(?:خلال|في)\s+(?:ال)?عام\s+(?:الماضي|الجاري|الحالي)|منذ\s+بدايه\s+العام/u],
  ["running", /منذ|حتي\s+الان|حتى\s+الان|لغايه\s+الان|خلال\s+(?:ال)?(?:اسابيع|اشهر|شهور|ايام)|اجمالي|مجموع|اجمالا|حصيله/u],
];

/** The period a count covers, from its since-date or the words of its sentence. */
function countPeriod(ctx: TArticleContext, claim: Range, since: string | undefined): string | null {
  if (since) return `since:${since}`;
  const sentence = sentenceAround(ctx.text, claim);
  const folded = matchKey(ctx.text.slice(sentence.start, sentence.end));
  return PERIODS.find(([, re]) => re.test(folded))?.[0] ?? null;
}

export function victimCategory(victims: string): TVictimCategory {
  const folded = matchKey(victims);
  if (!folded.trim()) return "unknown";
  return VICTIMS.find(([, re]) => re.test(folded))?.[0] ?? "unknown";
}

/**
 * A claim's features: its sentence first, then the lead for what the sentence does not say.
 * `figures` gives the victims (casualties) and the counted thing (counts), whose own words
 * name a weapon more surely than the sentence does.
 */
export function claimFeatures(ctx: TArticleContext, claim: { start: number; end: number; kind: string; figures: unknown }): TIncidentFeatures {
  const sentence = sentenceAround(ctx.text, claim);
  const own = baseFeatures(ctx, sentence);
  const lead = ctx.leadFeatures;
  const figures = (claim.figures ?? {}) as { victims?: string; thing?: string; perpetrator?: string; since?: string };
  const thingWeapons = claim.kind === "COUNT" && figures.thing ? findWeapons(matchKey(figures.thing)) : [];
  const before = matchKey(ctx.text.slice(sentence.start, claim.end));
  const perpetratorText = figures.perpetrator ? matchKey(figures.perpetrator) : "";
  const perpetrators = perpetratorText ? uniq(ACTORS.filter((a) => a.re.test(perpetratorText)).map((a) => a.key)) : [];
  const hasOwnPlace = own.places.length > 0;
  const date = own.date ? { date: own.date, source: own.dateSource } : lead.date ? { date: lead.date, source: lead.dateSource } : { date: ctx.publishedAt, source: ctx.publishedAt ? ("published" as const) : null };
  return {
    date: date.date,
    dateSource: date.source,
    places: hasOwnPlace ? own.places : lead.places,
    placeSource: hasOwnPlace ? "sentence" : lead.places.length ? "lead" : null,
    targets: hasOwnPlace || own.targets.length ? own.targets : lead.targets,
    weapons: thingWeapons.length ? thingWeapons : own.weapons.length ? own.weapons : lead.weapons,
    perpetrators: perpetrators.length ? perpetrators : [],
    victimCategory: claim.kind === "CASUALTY" ? victimCategory(figures.victims ?? "") : "unknown",
    scope: claim.kind === "COUNT" ? countScope(ctx, claim, own.places) : [],
    period: claim.kind === "COUNT" ? countPeriod(ctx, claim, figures.since) : null,
    raised: claim.kind === "CASUALTY" && RAISED.test(before),
  };
}
