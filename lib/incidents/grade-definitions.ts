import type { Locale } from "@/lib/i18n/config";
import type { TIncidentGrade } from "./grade";

type TDefinition = { name: string; definition: string };

/**
 * The names and definitions of the incident grades in English and Arabic. The server puts the
 * interface language's half in the request's catalogue (lib/i18n/catalogue.ts); client components
 * read it from there, so this module never reaches the browser.
 */
const GRADE_DEFINITIONS: Record<TIncidentGrade, { en: TDefinition; ar: TDefinition }> = {
  CONFIRMED: {
    en: {
      name: "Confirmed",
      definition: "A belligerent accepted responsibility, or an official source confirms the harm.",
    },
    ar: { name: "مؤكَّد", definition: "أقرّ طرفٌ متحارب بالمسؤولية، أو أكّد مصدر رسمي وقوع الضرر." },
  },
  FAIR: {
    en: {
      name: "Fair",
      definition: "Two or more independent, credible sources report the harm and their figures agree.",
    },
    ar: { name: "مقبول", definition: "مصدران مستقلان موثوقان أو أكثر يُبلغان عن الضرر وتتوافق أرقامهما." },
  },
  WEAK: {
    en: {
      name: "Weak",
      definition: "The harm rests on a single source (or on sources that are not independent or not credible).",
    },
    ar: { name: "ضعيف", definition: "يستند الضرر إلى مصدر واحد (أو إلى مصادر غير مستقلة أو غير موثوقة)." },
  },
  CONTESTED: {
    en: {
      name: "Contested",
      definition:
        "Competing claims (of who did it, or linked as contradicting) or figures across sources that cannot all be true.",
    },
    ar: {
      name: "متنازَع عليه",
      definition: "روايات متنافسة (عن الفاعل، أو مربوطة بأنها متناقضة) أو أرقام لا يمكن أن تصحّ معاً بين المصادر.",
    },
  },
  DISCOUNTED: {
    en: {
      name: "Discounted",
      definition: "The reported harm was shown not to be what was claimed. Only a reviewer sets this grade.",
    },
    ar: { name: "مُستبعَد", definition: "ثبت أن الضرر المُبلَّغ عنه ليس كما زُعم. لا يضع هذه الدرجة إلا المراجع." },
  },
};

/** The grades' names and definitions in one language. */
export function gradeDefinitions(locale: Locale): Record<TIncidentGrade, TDefinition> {
  return Object.fromEntries(Object.entries(GRADE_DEFINITIONS).map(([grade, text]) => [grade, text[locale]])) as Record<
    TIncidentGrade,
    TDefinition
  >;
}
