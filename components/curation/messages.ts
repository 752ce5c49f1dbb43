import type { Locale } from "@/lib/i18n/config";

/**
 * Independent annotation and curation strings, in English and Arabic, under the conventions of
 * lib/i18n/messages.ts: the Arabic dictionary is typed against the English one.
 */
const en = {
  title: "Independent annotation",
  help: "Analysts assigned to the same article do not see each other's spans and claims on it until a reviewer or manager marks it curated, so the agreement between them is measured on independent work. Reviewers and managers always see everyone's work.",
  toggle: "Analysts annotate independently",
  on: "On: analysts see only their own work on an article until it is curated.",
  off: "Off: everyone sees everyone's work.",
  saving: "Saving…",
  readOnly: "Only managers change this setting.",
  take: "Take {name}'s version",
  taken: "Into the curated layer: {spans} new spans and {claims} new claims.",
  markCurated: "Mark curated",
  reopen: "Reopen",
  curated: "Curated",
  notCurated: "Not curated",
};

type CurationMessages = typeof en;

const ar: CurationMessages = {
  title: "التوسيم المستقل",
  help: "لا يرى المحلّلون المكلّفون بالمقال نفسه مقاطع بعضهم وادعاءاتهم فيه حتى يعلّمه مراجع أو مدير منقَّحًا، فيُقاس الاتفاق بينهم على عمل مستقل. يرى المراجعون والمديرون عمل الجميع دائمًا.",
  toggle: "يوسّم المحلّلون باستقلال",
  on: "مفعّل: لا يرى المحلّل في المقال إلا عمله حتى يُنقَّح.",
  off: "معطّل: يرى الجميع عمل الجميع.",
  saving: "جارٍ الحفظ…",
  readOnly: "لا يغيّر هذا الإعداد إلا المديرون.",
  take: "اعتماد نسخة {name}",
  taken: "إلى الطبقة المنقّحة: مقاطع جديدة {spans} وادعاءات جديدة {claims}.",
  markCurated: "تعليم كمنقّح",
  reopen: "إعادة فتح",
  curated: "منقّح",
  notCurated: "غير منقّح",
};

export const curationMessages: Record<Locale, CurationMessages> = { en, ar };
