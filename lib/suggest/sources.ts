/**
 * What kind of source reports a figure or statement (fixtures/reports/README.md, sourceType):
 * - LOCAL: medical sources, hospitals, rescuers, local witnesses and residents («مصدر طبي»، «شهود عيان»);
 * - MEDIA: another outlet or news agency reporting in its own name («وكالة رويترز»، «صحيفة …»);
 * - ANONYMOUS: unnamed people («مصدر أمني»، «مسؤول أمريكي»، «مصادر»، «مسؤولون طلبوا عدم كشف هوياتهم»);
 * - OFFICIAL: everyone else who is named — a government, army, coalition, ministry, named official,
 *   or an armed group speaking for itself (belligerents).
 * Medical and local words win over anonymity: «مصدر طبي» is unnamed, but the ledger groups it with
 * hospitals. A spokesperson («متحدث باسم الشرطة») speaks for an institution: official.
 */
import { toKey } from "../arabic/numbers-tokens";
import { OUTLETS } from "./lexicon";
import { bareKey } from "./text-model";
import type { TSourceType } from "./types";

const bare = (words: string[]): ReadonlySet<string> => new Set(words.map((w) => bareKey(toKey(w))));

/** Words that make a source medical or local. */
const LOCAL_WORDS = bare([
  "طبي", "طبية", "طبيون", "طبيين", "مستشفى", "مستشفيات", "مشفى", "مسعف", "مسعفون", "مسعفين", "شهود", "شاهد", "سكان", "أهالي",
  "ناشطون", "ناشطين", "طبيب", "أطباء", "الإسعاف", "إسعاف", "الهلال", "الصليب",
]);
/** «مصادر محلية»: local only for unnamed sources («قائد الشرطة المحلية» is an official). */
const LOCAL_ADJECTIVES = bare(["محلي", "محلية", "محليون", "محليين"]);
/** Heads of an outlet's name. */
const MEDIA_WORDS = bare([
  "وكالة", "صحيفة", "قناة", "تلفزيون", "التلفزيون", "إذاعة", "موقع", "شبكة", "مجلة", "إعلام", "الإعلام", "مراسل", "مراسلة", "مراسلو",
]);
/** Heads that never name anyone, even definite («المصادر» named earlier as «مصادر أمنية»). */
const UNNAMED = bare(["مصادر", "مصدر", "مصدران", "مصدرين", "مسؤولون", "مسؤولين", "مسؤولان", "شهود"]);
/** Heads that name a spokesperson: unnamed, but speaking for an institution. */
const SPOKESPERSON = bare(["متحدث", "متحدثة", "ناطق", "ناطقة"]);
/** «خلية الإعلام الأمني»، «وزارة الإعلام»: institutions whose name holds a media word. */
const INSTITUTION_HEADS = bare(["خلية", "وزارة", "وزير", "مكتب", "دائرة", "مديرية", "هيئة", "مركز"]);

function words(text: string): string[] {
  return toKey(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).map(bareKey);
}

export function sourceTypeOf(text: string, anonymous: boolean): TSourceType {
  const ws = words(text);
  const head = ws[0] ?? "";
  if (MEDIA_WORDS.has(head)) return "MEDIA";
  if (ws.some((w) => LOCAL_WORDS.has(w))) return "LOCAL";
  if ((anonymous || UNNAMED.has(head)) && ws.some((w) => LOCAL_ADJECTIVES.has(w))) return "LOCAL";
  // An outlet's name heads the phrase or follows a media noun («قائد عمليات الجزيرة» is no outlet).
  const isOutlet = (w: string): boolean => OUTLETS.has(w) || OUTLETS.has(`ال${w}`);
  const outlet = isOutlet(head) || (MEDIA_WORDS.has(head) && isOutlet(ws[1] ?? ""));
  if (!INSTITUTION_HEADS.has(head) && (outlet || MEDIA_WORDS.has(ws[1] ?? ""))) return "MEDIA";
  if ((anonymous || UNNAMED.has(head)) && !SPOKESPERSON.has(head)) return "ANONYMOUS";
  return "OFFICIAL";
}

