/**
 * What kind of source reports a figure or statement (fixtures/reports/README.md, sourceType):
 * - LOCAL: medical sources, hospitals, rescuers (civil defence), local witnesses and residents («مصدر طبي»، «شهود عيان»، «الدفاع المدني»);
 * - MEDIA: another outlet or news agency reporting in its own name («وكالة رويترز»، «صحيفة …»);
 * - ANONYMOUS: unnamed people («مصدر أمني»، «مسؤول أمريكي»، «مصادر»، «مسؤولون طلبوا عدم كشف هوياتهم»);
 * - OFFICIAL: everyone else who is named — a government, army, coalition, ministry, named official,
 *   or an armed group speaking for itself (belligerents).
 * Medical and local words win over anonymity: «مصدر طبي» is unnamed, but the ledger groups it with
 * hospitals. A spokesperson («متحدث باسم الشرطة») speaks for an institution: official.
 */
import { toKey } from "../arabic/numbers-tokens";
import { OUTLETS } from "./lexicon";
import { stripConj } from "./text-model";
import type { TSourceType } from "./types";

/**
 * The forms a word is looked up by: without the article or a glued preposition, with and without a
 * leading و/ف read as a conjunction (the و of «وكالة»، «وزارة» is part of the word).
 */
function forms(key: string): string[] {
  const out = new Set<string>();
  for (const k of [key, stripConj(key)]) {
    if (/^[بلك]ال/u.test(k) && k.length > 4) out.add(k.slice(3));
    else if (/^لل/u.test(k) && k.length > 4) out.add(k.slice(2));
    else if (k.startsWith("ال") && k.length > 3) out.add(k.slice(2));
    else out.add(k);
  }
  return [...out];
}

const bare = (list: string[]): ReadonlySet<string> => new Set(list.flatMap((w) => forms(toKey(w))));

type Word = readonly string[];
const isIn = (set: ReadonlySet<string>, w: Word | undefined): boolean => w?.some((f) => set.has(f)) ?? false;

/** Words that make a source medical or local. */
const LOCAL_WORDS = bare([
  "طبي",
  "طبية",
  "طبيون",
  "طبيين",
  "مستشفى",
  "مستشفيات",
  "مشفى",
  "مسعف",
  "مسعفون",
  "مسعفين",
  "شهود",
  "شاهد",
  "سكان",
  "أهالي",
  "ناشط",
  "ناشطة",
  "الناشط",
  "الناشطة",
  "ناشطون",
  "ناشطين",
  "طبيب",
  "أطباء",
  "الإسعاف",
  "إسعاف",
  "الهلال",
  "الصليب",
  // «مصادر صحية»: health sources are medical.
  "صحي",
  "صحية",
  "صحيون",
  "صحيين",
  // People who were there: worshippers and survivors telling what they saw.
  "مصلون",
  "مصلين",
  "ناجون",
  "ناجين",
]);
/** «مصادر محلية»: local only for unnamed sources («قائد الشرطة المحلية» is an official). */
const LOCAL_ADJECTIVES = bare(["محلي", "محلية", "محليون", "محليين"]);
/** Heads of an outlet's name, and plural heads of outlets reporting together («وسائل إعلام»، «الصحف»). */
const MEDIA_WORDS = bare([
  // «وتوقعت التقارير أن …»، «تقارير كويتية»: the press, unnamed.
  "تقارير",
  "وكالة",
  // «بوابة الوسط»، «المدينة نيوز»: news sites by their own words.
  "بوابة",
  "نيوز",
  // «مصور في فرانس برس»: the agency's photographer, as its correspondent.
  "مصور",
  "صحيفة",
  "قناة",
  "تلفزيون",
  "التلفزيون",
  "إذاعة",
  "موقع",
  "شبكة",
  "مجلة",
  "إعلام",
  "الإعلام",
  "مراسل",
  "مراسلة",
  "مراسلو",
  "وكالات",
  "صحف",
  "قنوات",
  "مواقع",
  "وسائل",
  "صحافة",
  // «الصحفي في الكرك حسان الكساسبة»: a journalist reporting in their own name.
  "صحفي",
  "صحافي",
  "صحفية",
  "صحافية",
  "الصحفي",
  "الصحافي",
]);
/** Adjectives that make their noun an outlet: «مواقع إخبارية»، «الوسائل الإعلامية»، «التقارير الصحفية». */
const MEDIA_ADJECTIVES = bare(["إعلامي", "إعلامية", "إخباري", "إخبارية", "صحفي", "صحفية", "صحافي", "صحافية"]);
/** Heads that never name anyone, even definite («المصادر» named earlier as «مصادر أمنية»). */
const UNNAMED = bare([
  "مصادر",
  "مصدر",
  "مصدران",
  "مصدرين",
  "مسؤولون",
  "مسؤولين",
  "مسؤولو",
  "مسؤولان",
  "مسئولون",
  "مسئولين",
  "مسئولو",
  "شهود",
  // «بعض المصادر»: some of a kind, none named.
  "بعض",
]);
/** Heads that name a spokesperson: unnamed, but speaking for an institution. */
const SPOKESPERSON = bare(["متحدث", "متحدثة", "ناطق", "ناطقة"]);
/**
 * «خلية الإعلام الأمني»، «وزارة الإعلام»، «مسؤول إعلام المحافظة»، «مدير إعلام الشرطة»: institutions
 * and office holders whose title holds a media word speak for the institution, not as an outlet.
 */
const INSTITUTION_HEADS = bare([
  "خلية",
  "وزارة",
  "وزير",
  "مكتب",
  "دائرة",
  "مديرية",
  "هيئة",
  "مركز",
  "مسؤول",
  "مسؤولة",
  "مدير",
  "مديرة",
  "رئيس",
  "رئيسة",
  "قائد",
  "متحدث",
  "متحدثة",
  "ناطق",
  "ناطقة",
  "مستشار",
  "نائب",
  "محافظ",
  "قسم",
  "إدارة",
]);

function words(text: string): Word[] {
  return toKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map(forms);
}

/** «مصادر أمنية وطبية»: a security word beside a medical one leaves the source unnamed, not medical. */
const SECURITY_WORDS = bare(["أمني", "أمنية", "أمنيون", "أمنيين", "عسكري", "عسكرية", "عسكريون", "عسكريين", "الشرطة"]);
/** «أرقام غير رسمية»، «مصادر غير رسمية»: unofficial, so nobody named. */
const UNOFFICIAL = bare(["رسمي", "رسمية"]);
const NOT = toKey("غير");

/** A nisba adjective without the article: «عسكري»، «عراقية»، «أمريكيون». */
function isBareNisba(k: string): boolean {
  return !/^[وفبل]?ال/u.test(k) && k.length >= 4 && /(?:ي|يه|يون|يين|يان)$/u.test(k);
}

/** People who hold a post, unnamed when only their place is given: «ضابط في الجيش». */
const OFFICE_HOLDERS = bare([
  "ضابط",
  "عضو",
  "موظف",
  "دبلوماسي",
  "عنصر",
  "قيادي",
  "مصدر",
  "شرطي",
  "جندي",
  "حارس",
  // Ranks: «عقيد في الشرطة»، «نقيب في الجيش».
  "عقيد",
  "مقدم",
  "رائد",
  "نقيب",
  "ملازم",
  "عميد",
]);
/** «مسؤولون محليون»: unnamed local officials are officials unnamed, not people of the place («مصادر محلية»). */
const OFFICIALS_UNNAMED = bare([
  "مسؤول",
  "مسؤولة",
  "مسؤولون",
  "مسؤولين",
  "مسؤولو",
  "مسؤولان",
  "مسئول",
  "مسئولون",
  "مسئولين",
  "مسئولو",
]);
/** «شرطي آخر من حراس المبنى»: «another» between an unnamed person and where they serve. */
const ANOTHER = bare(["آخر", "أخرى"]);
const IN_PLACE = new Set(["في", "لدى", "داخل", "من"].map(toKey));

/** «الدفاع المدني»: the rescuers (civil defence), not the ministry of defence. */
const CIVIL_DEFENCE = /(?:^|\s)[وفبل]?(?:ال)?دفاع (?:ال)?مدني(?:\s|$)/u;

/** «الداخلية السعودية وشهود عيان»: a named party before «و», then others (not the و of «وكالة»، «وزارة»). */
const AND_OTHERS = /^(\S+(?:\s+\S+)*?)\s+و(?!كال|زار|زير|سائل|حد|لاي)(?=\S{3,})/u;

export function sourceTypeOf(written: string, anonymous: boolean): TSourceType {
  // «مسئول» is «مسؤول» with the hamza on another seat.
  const text = written.replaceAll("مسئول", "مسؤول");
  // Two parties joined by «و»: the first one named is whose figure it is (convention 8).
  const first = AND_OTHERS.exec(text.trim())?.[1];
  // («وفقا للشرطة وشهود»: an official body named in one word before the others.)
  if (first && !anonymous && !isIn(UNNAMED, words(first)[0])) {
    const firstType = sourceTypeOf(first, false);
    if (words(first).length >= 2 || firstType === "OFFICIAL") return firstType;
  }
  const ws = words(text);
  const head = ws[0];
  // The civil defence speaking as itself; its unnamed officials («مسؤولو الدفاع المدني») stay unnamed.
  if (CIVIL_DEFENCE.test(toKey(text)) && !anonymous && !isIn(UNNAMED, head)) return "LOCAL";
  const second = ws[1];
  const institution = isIn(INSTITUTION_HEADS, head);
  if (isIn(MEDIA_WORDS, head) && !institution) return "MEDIA";
  const unofficial = ws.some((w, i) => i > 0 && ws[i - 1]?.includes(NOT) && isIn(UNOFFICIAL, w));
  if (unofficial) return "ANONYMOUS";
  if (ws.some((w) => isIn(LOCAL_WORDS, w))) {
    const security = ws.some((w) => isIn(SECURITY_WORDS, w));
    return security && (anonymous || isIn(UNNAMED, head)) ? "ANONYMOUS" : "LOCAL";
  }
  // «قائد عسكري عراقي»، «ضابط أمريكي»: an office holder named by nothing but adjectives.
  const raw = toKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const untitled = raw.length >= 2 && !/^[وفبل]?ال/u.test(raw[0] ?? "") && raw.slice(1).every(isBareNisba);
  // «مسؤول في البنتاغون»، «ضابط عراقي في قيادة العمليات»: an office holder placed, not named.
  const at = raw.findIndex((w, i) => i > 0 && IN_PLACE.has(w));
  const placed =
    at > 0 &&
    !/^[وفبل]?ال/u.test(raw[0] ?? "") &&
    raw.slice(1, at).every((w) => isBareNisba(w) || ANOTHER.has(w)) &&
    raw.length > at + 1;
  const unnamed =
    anonymous ||
    isIn(UNNAMED, head) ||
    (institution && untitled && !isIn(SPOKESPERSON, head)) ||
    (placed && (institution || isIn(OFFICE_HOLDERS, head)) && !isIn(SPOKESPERSON, head));
  // («مصادر محلية وأمنية»: a security word beside the local one leaves them unnamed.)
  const security = ws.some((w) => isIn(SECURITY_WORDS, w));
  if (unnamed && ws.some((w) => isIn(LOCAL_ADJECTIVES, w)) && !isIn(OFFICIALS_UNNAMED, head) && !security)
    return "LOCAL";
  // An outlet's name heads the phrase or follows a media noun («قائد عمليات الجزيرة» is no outlet).
  const isOutlet = (w: Word | undefined): boolean => w?.some((f) => OUTLETS.has(f) || OUTLETS.has(`ال${f}`)) ?? false;
  const outlet = isOutlet(head) || (isIn(MEDIA_WORDS, head) && isOutlet(second));
  if (!institution && (outlet || isIn(MEDIA_WORDS, second) || isIn(MEDIA_ADJECTIVES, second))) return "MEDIA";
  // «مسؤول إعلام المحافظة»، «مدير الإعلام في الشرطة»: a press officer speaks for the institution, as a spokesperson does.
  const pressOfficer = institution && isIn(MEDIA_WORDS, second);
  if (unnamed && !isIn(SPOKESPERSON, head) && !pressOfficer) return "ANONYMOUS";
  return "OFFICIAL";
}
