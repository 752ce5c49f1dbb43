/**
 * A proposed link's reason in words, from its rule's code and parameters, in English or Arabic.
 * The English sentence is also stored on the link (ClaimLink.reason) for readers of old exports.
 */
import type { TReasonCode, TReasonParams } from "./relate-claims";

type TRender = (p: TReasonParams) => string;

const VICTIMS_AR: Record<string, string> = {
  civilian: "المدنيين",
  military: "العسكريين",
  militant: "المسلحين",
  unknown: "الضحايا",
};
const WEAPON_AR: Record<string, string> = {
  mortar: "قذائف هاون",
  rocket: "صواريخ",
  drone: "طائرات مسيّرة",
  ied: "عبوات ناسفة",
  airstrike: "غارات جوية",
  gunfire: "إطلاق نار",
};

function weaponsAr(w: string | undefined): string {
  return (w ?? "")
    .split("/")
    .map((x) => WEAPON_AR[x] ?? x)
    .join("/");
}

const EN: Record<TReasonCode, TRender> = {
  same_quote: () => "The same quote appears in both reports (after Arabic normalisation)",
  tally_update: (p) =>
    `Running count of «${p.thing}»: ${p.earlier} as of ${p.earlierDate} → ${p.later} as of ${p.laterDate}`,
  tally_decrease: (p) =>
    `Running count of «${p.thing}» went down: ${p.earlier} as of ${p.earlierDate}, then ${p.later} as of ${p.laterDate}`,
  tally_same_date: (p) => `Counts of «${p.thing}» as of the same date: ${p.earlier} and ${p.later}`,
  weapon_differs: (p) => `One incident, a different weapon: ${p.a} («${p.aThing}») vs ${p.b} («${p.bThing}»)`,
  perpetrator_differs: (p) => `One incident, a different perpetrator: ${p.a} vs ${p.b}`,
  munitions_compatible: (p) => `One incident, compatible numbers of munitions: ${p.a} and ${p.b}`,
  munitions_incompatible: (p) => `One incident, numbers of munitions that cannot both be true: ${p.a} vs ${p.b}`,
  munitions_part: (p) => `One incident: ${p.a} munitions are some of them or fell elsewhere, ${p.b} in the other count`,
  toll_update: (p) => `The toll rose in a later report: ${p.a} (${p.earlierDate}) → ${p.b} (${p.laterDate})`,
  toll_revised: (p) =>
    `One source revised its toll upward the same day (${p.laterDate}): ${p.a} → ${p.b} (${p.source || "the report"})`,
  toll_compatible: (p) => `One incident, compatible tolls: ${p.a} / ${p.b}`,
  toll_part: (p) => `One report, a part of the toll: ${p.a} within ${p.b} (one place, hospital or group)`,
  toll_incompatible: (p) =>
    `One incident, tolls that cannot both be true: ${p.a} (${p.earlierDate}) vs ${p.b} (${p.laterDate})`,
  sources_disagree: (p) =>
    `Two sources in one report disagree: ${p.a} (${p.aSource || "the report"}) vs ${p.b} (${p.bSource || "the report"})`,
  breakdown_update: (p) => `One part of a toll («${p.part}») revised in a later report: ${p.a} → ${p.b}`,
  breakdown_same: (p) => `One part of a toll («${p.part}») told alike or at one time: ${p.a} and ${p.b}`,
};

const AR: Record<TReasonCode, TRender> = {
  same_quote: () => "الاقتباس نفسه يرد في التقريرين (بعد توحيد الكتابة العربية)",
  tally_update: (p) =>
    `عدد تراكمي لـ«${p.thing}»: ${p.earlierAr ?? p.earlier} حتى ${p.earlierDate} ← ${p.laterAr ?? p.later} حتى ${p.laterDate}`,
  tally_decrease: (p) =>
    `عدد تراكمي لـ«${p.thing}» انخفض: ${p.earlierAr ?? p.earlier} حتى ${p.earlierDate} ثم ${p.laterAr ?? p.later} حتى ${p.laterDate}`,
  tally_same_date: (p) => `عددان لـ«${p.thing}» في التاريخ نفسه: ${p.earlierAr ?? p.earlier} و${p.laterAr ?? p.later}`,
  weapon_differs: (p) =>
    `حادثة واحدة بسلاح مختلف: ${weaponsAr(p.a)} («${p.aThing}») مقابل ${weaponsAr(p.b)} («${p.bThing}»)`,
  perpetrator_differs: (p) => `حادثة واحدة بفاعل مختلف: ${p.aAr ?? p.a} مقابل ${p.bAr ?? p.b}`,
  munitions_compatible: (p) => `حادثة واحدة وعدد مقذوفات متوافق: ${p.aAr ?? p.a} و${p.bAr ?? p.b}`,
  munitions_incompatible: (p) => `حادثة واحدة وعدد مقذوفات لا يمكن أن يصح معاً: ${p.aAr ?? p.a} مقابل ${p.bAr ?? p.b}`,
  munitions_part: (p) =>
    `حادثة واحدة: ${p.aAr ?? p.a} من المقذوفات جزء منها أو سقطت في موضع آخر، و${p.bAr ?? p.b} في العدد الآخر`,
  toll_update: (p) =>
    `ارتفعت حصيلة ${VICTIMS_AR[p.victims ?? "unknown"] ?? "الضحايا"} في تقرير لاحق: ${p.aAr ?? p.a} (${p.earlierDate}) ← ${p.bAr ?? p.b} (${p.laterDate})`,
  toll_revised: (p) =>
    `المصدر نفسه رفع حصيلته في اليوم نفسه (${p.laterDate}): ${p.aAr ?? p.a} ← ${p.bAr ?? p.b} (${p.source || "التقرير"})`,
  toll_compatible: (p) => `حادثة واحدة وحصيلتان متوافقتان: ${p.aAr ?? p.a} / ${p.bAr ?? p.b}`,
  toll_part: (p) => `تقرير واحد وجزء من الحصيلة: ${p.aAr ?? p.a} ضمن ${p.bAr ?? p.b} (مكان أو مستشفى أو فئة)`,
  toll_incompatible: (p) =>
    `حادثة واحدة وحصيلتان لا يمكن أن تصحّا معاً: ${p.aAr ?? p.a} (${p.earlierDate}) مقابل ${p.bAr ?? p.b} (${p.laterDate})`,
  sources_disagree: (p) =>
    `مصدران في تقرير واحد يختلفان: ${p.aAr ?? p.a} (${p.aSource || "التقرير"}) مقابل ${p.bAr ?? p.b} (${p.bSource || "التقرير"})`,
  breakdown_update: (p) => `جزء من الحصيلة («${p.part}») عُدّل في تقرير لاحق: ${p.aAr ?? p.a} ← ${p.bAr ?? p.b}`,
  breakdown_same: (p) => `جزء من الحصيلة («${p.part}») بالرقم نفسه أو في الوقت نفسه: ${p.aAr ?? p.a} و${p.bAr ?? p.b}`,
};

export function isReasonCode(code: string): code is TReasonCode {
  return code in EN;
}

/** The reason in the reader's language; an unknown code (a link made before codes) keeps its stored sentence. */
export function renderReason(
  link: { reasonCode: string; reasonParams: unknown; reason: string },
  locale: "en" | "ar",
): string {
  if (!isReasonCode(link.reasonCode)) return link.reason;
  const params = (link.reasonParams ?? {}) as TReasonParams;
  return (locale === "ar" ? AR : EN)[link.reasonCode](params);
}
