/**
 * Dates that resolve to one day: weekday names and «أمس»/«اليوم»/«غدا» against the publication
 * date, and day-month(-year) in Arabic (ديسمبر، كانون الأول، «9 ديسمبر/كانون الأول 2023») or
 * English («April 21, 2024»). A year left out is the latest such day on or before publication.
 * Months alone, years alone, «منتصف أكتوبر» and anaphora («في اليوم نفسه») are not dates here.
 */
import { MAGHREBI_MONTH_NAMES } from "../arabic/numbers-lexicon";
import { keyMap, keySet } from "../arabic/numbers-tokens";
import { WEEKDAYS } from "./lexicon";
import { isPunct, readAs, type TextModel, type Tok } from "./text-model";

export type FoundDate = { start: number; end: number; date: string; kind: "weekday" | "relative" | "explicit" };

/** Arabic month names, both the transliterated and the Levantine ones, with their numbers. */
export const ARABIC_MONTH_NAMES: ReadonlyArray<readonly [string, number]> = [
  ["يناير", 1],
  ["فبراير", 2],
  ["مارس", 3],
  ["أبريل", 4],
  ["ابريل", 4],
  ["إبريل", 4],
  ["مايو", 5],
  ["يونيو", 6],
  ["يونيه", 6],
  ["يوليو", 7],
  ["يوليه", 7],
  ["أغسطس", 8],
  ["اغسطس", 8],
  ["سبتمبر", 9],
  ["أكتوبر", 10],
  ["اكتوبر", 10],
  ["نوفمبر", 11],
  ["ديسمبر", 12],
  ["كانون الثاني", 1],
  ["شباط", 2],
  ["آذار", 3],
  ["نيسان", 4],
  ["أيار", 5],
  ["حزيران", 6],
  ["تموز", 7],
  ["آب", 8],
  ["أيلول", 9],
  ["تشرين الأول", 10],
  ["تشرين الثاني", 11],
  ["كانون الأول", 12],
  ...MAGHREBI_MONTH_NAMES,
];
const MONTHS = keyMap<number>(ARABIC_MONTH_NAMES.filter(([name]) => !name.includes(" ")));
/** «تشرين الأول»، «كانون الثاني»: a first word and its ordinal. */
const TWO_WORD_MONTHS = keyMap<ReadonlyMap<string, number>>(
  [...new Set(ARABIC_MONTH_NAMES.flatMap(([name]) => (name.includes(" ") ? [name.split(" ")[0]!] : [])))].map(
    (first) => [
      first,
      keyMap(
        ARABIC_MONTH_NAMES.filter(([name]) => name.startsWith(`${first} `)).map(
          ([name, month]) => [name.slice(first.length + 1), month] as const,
        ),
      ),
    ],
  ),
);
const LATIN_MONTHS = new Map<string, number>([
  ["january", 1],
  ["february", 2],
  ["march", 3],
  ["april", 4],
  ["may", 5],
  ["june", 6],
  ["july", 7],
  ["august", 8],
  ["september", 9],
  ["october", 10],
  ["november", 11],
  ["december", 12],
  ["jan", 1],
  ["feb", 2],
  ["mar", 3],
  ["apr", 4],
  ["jun", 6],
  ["jul", 7],
  ["aug", 8],
  ["sep", 9],
  ["sept", 9],
  ["oct", 10],
  ["nov", 11],
  ["dec", 12],
]);
const YESTERDAY = keySet(["أمس", "الأمس", "البارحة"]);
const TODAY = keySet(["اليوم"]);
const TOMORROW = keySet(["غدا", "الغد"]);
/** «سوق الثلاثاء»، «سوق الخميس»: a market or town named after the day it is held, not a day. */
const MARKET = keySet(["سوق"]);
/** After «اليوم»: it names another day than today («في اليوم نفسه»، «اليوم التالي»). */
const NOT_TODAY_AFTER = keySet([
  "نفسه",
  "ذاته",
  "التالي",
  "السابق",
  "الأول",
  "الثاني",
  "الثالث",
  "الأخير",
  "الموالي",
  "الذي",
  "عينه",
]);
const NEXT_WORDS = keySet(["المقبل", "القادم", "المقبلة", "القادمة"]);
const LAST_WORDS = keySet(["الماضي", "الفائت", "المنصرم", "الماضية"]);

const DAY_MS = 86_400_000;

function parseIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  return isoDate(new Date(parseIso(iso).getTime() + days * DAY_MS));
}

function validDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function dayOf(year: number, month: number, day: number): string {
  return isoDate(new Date(Date.UTC(year, month - 1, day)));
}

/** The weekday `target` (0 = Sunday) nearest before or on `published`, or after/strictly before it. */
export function resolveWeekday(
  published: string,
  target: number,
  direction: "last" | "next" | "previous" = "last",
): string {
  const w0 = parseIso(published).getUTCDay();
  if (direction === "next") return addDays(published, (target - w0 + 7) % 7 || 7);
  const back = (w0 - target + 7) % 7;
  return addDays(published, -(direction === "previous" && back === 0 ? 7 : back));
}

/** Day and month without a year: the latest such day on or before publication. */
export function resolveDayMonth(published: string, month: number, day: number): string | null {
  const year = parseIso(published).getUTCFullYear();
  for (const y of [year, year - 1]) {
    if (validDay(y, month, day) && dayOf(y, month, day) <= published) return dayOf(y, month, day);
  }
  return null;
}

type Explicit = { date: string | null; last: number };

/** «9 ديسمبر/كانون الأول 2023», «17 تشرين الأول/أكتوبر» starting at token i (the day). */
function arabicDayMonth(model: TextModel, i: number, published: string | null): Explicit | null {
  const { tokens } = model;
  const dayTok = tokens[i];
  if (dayTok?.kind !== "num" || !/^\d{1,2}$/u.test(dayTok.key)) return null;
  const day = Number(dayTok.key);
  if (day < 1 || day > 31) return null;
  const m = monthAt(tokens, i + 1);
  if (!m) return null;
  let last = m.last;
  // An alternative name after a slash: «ديسمبر/كانون الأول», «تشرين الأول/أكتوبر».
  if (isPunct(tokens[last + 1], "/")) {
    const alt = monthAt(tokens, last + 2);
    if (alt && alt.month === m.month) last = alt.last;
  }
  const yearTok = tokens[last + 1];
  if (yearTok?.kind === "num" && /^\d{4}$/u.test(yearTok.key)) {
    const year = Number(yearTok.key);
    return { date: validDay(year, m.month, day) ? dayOf(year, m.month, day) : null, last: last + 1 };
  }
  return { date: published ? resolveDayMonth(published, m.month, day) : null, last };
}

function monthAt(tokens: readonly Tok[], i: number): { month: number; last: number } | null {
  const tok = tokens[i];
  if (tok?.kind !== "word") return null;
  const one = MONTHS.get(tok.key);
  if (one !== undefined) return { month: one, last: i };
  const two = TWO_WORD_MONTHS.get(tok.key);
  const second = tokens[i + 1];
  const month = two && second?.kind === "word" ? two.get(second.key) : undefined;
  return month !== undefined ? { month, last: i + 1 } : null;
}

/** «April 21, 2024» or «21 April 2024». */
function latinDate(model: TextModel, i: number, published: string | null): Explicit | null {
  const { tokens } = model;
  const a = tokens[i];
  if (a?.kind === "latin" && LATIN_MONTHS.has(a.key)) {
    const dayTok = tokens[i + 1];
    if (dayTok?.kind !== "num" || !/^\d{1,2}$/u.test(dayTok.key)) return null;
    const month = LATIN_MONTHS.get(a.key) ?? 0;
    let k = i + 2;
    if (isPunct(tokens[k], ",")) k++;
    const yearTok = tokens[k];
    if (yearTok?.kind === "num" && /^\d{4}$/u.test(yearTok.key)) {
      const year = Number(yearTok.key);
      return {
        date: validDay(year, month, Number(dayTok.key)) ? dayOf(year, month, Number(dayTok.key)) : null,
        last: k,
      };
    }
    return { date: published ? resolveDayMonth(published, month, Number(dayTok.key)) : null, last: i + 1 };
  }
  if (a?.kind === "num" && /^\d{1,2}$/u.test(a.key)) {
    const mTok = tokens[i + 1];
    if (mTok?.kind !== "latin" || !LATIN_MONTHS.has(mTok.key)) return null;
    const month = LATIN_MONTHS.get(mTok.key) ?? 0;
    const yearTok = tokens[i + 2];
    if (yearTok?.kind === "num" && /^\d{4}$/u.test(yearTok.key)) {
      const year = Number(yearTok.key);
      return { date: validDay(year, month, Number(a.key)) ? dayOf(year, month, Number(a.key)) : null, last: i + 2 };
    }
    return { date: published ? resolveDayMonth(published, month, Number(a.key)) : null, last: i + 1 };
  }
  return null;
}

/** The start of a token without its proclitics (و، ف، ب، ل). */
function startWithout(tok: Tok, prefixLen: number): number {
  return tok.charStarts[prefixLen] ?? tok.start;
}

/** A date that starts at token i (for «منذ 17 أكتوبر», «حتى 5 مايو»), or null. */
export function explicitDateAt(
  model: TextModel,
  i: number,
  published: string | null,
): { date: string; last: number } | null {
  const found = arabicDayMonth(model, i, published) ?? latinDate(model, i, published);
  return found?.date ? { date: found.date, last: found.last } : null;
}

export function findDates(model: TextModel, published: string | null): FoundDate[] {
  const { tokens } = model;
  const out: FoundDate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (!tok) break;
    const explicit = arabicDayMonth(model, i, published) ?? latinDate(model, i, published);
    if (explicit) {
      if (explicit.date)
        out.push({
          start: tok.start,
          end: tokens[explicit.last]?.end ?? tok.end,
          date: explicit.date,
          kind: "explicit",
        });
      i = explicit.last + 1;
      continue;
    }
    const weekday = readAs(tok, WEEKDAYS);
    if (weekday?.base.startsWith("ال") && !readAs(tokens[i - 1], MARKET)) {
      const target = WEEKDAYS.get(weekday.base) ?? 0;
      let start = startWithout(tok, weekday.prefixLen);
      let last = i;
      // «أمس الجمعة», «اليوم الأربعاء»: one mention.
      const before = tokens[i - 1];
      const relativeBefore = readAs(before, YESTERDAY) ?? readAs(before, TODAY);
      if (before && relativeBefore) start = startWithout(before, relativeBefore.prefixLen);
      // «السبت 9 ديسمبر/كانون الأول 2023»: the explicit date wins and joins the mention.
      let k = i + 1;
      if (isPunct(tokens[k], "،", ",")) k++;
      const joined = arabicDayMonth(model, k, published);
      if (joined?.date) {
        out.push({ start, end: tokens[joined.last]?.end ?? tok.end, date: joined.date, kind: "explicit" });
        i = joined.last + 1;
        continue;
      }
      const after = tokens[i + 1];
      const direction = readAs(after, NEXT_WORDS) ? "next" : readAs(after, LAST_WORDS) ? "previous" : "last";
      if (direction !== "last") last = i + 1;
      if (published)
        out.push({
          start,
          end: tokens[last]?.end ?? tok.end,
          date: resolveWeekday(published, target, direction),
          kind: "weekday",
        });
      i = last + 1;
      continue;
    }
    if (published) {
      const y = readAs(tok, YESTERDAY);
      const t = readAs(tok, TODAY);
      const g = readAs(tok, TOMORROW);
      const nextTok = tokens[i + 1];
      // («اليوم (السبت)»: the day in brackets names it; a report carried on later days keeps it.)
      const followedByWeekday =
        readAs(nextTok, WEEKDAYS) !== null || (isPunct(nextTok, "(", "/") && readAs(tokens[i + 2], WEEKDAYS) !== null);
      if (!followedByWeekday && (y || g || (t && !readAs(nextTok, NOT_TODAY_AFTER)))) {
        const r = (y ?? t ?? g)!;
        const date = y ? addDays(published, -1) : g ? addDays(published, 1) : published;
        out.push({ start: startWithout(tok, r.prefixLen), end: tok.end, date, kind: "relative" });
      }
    }
    i++;
  }
  return out;
}
