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
  view: {
    title: "Curate: {title}",
    open: "Curate",
    subtitle:
      "{items} items, {differing} with differences, {decided} decided. Each analyst's spans and claims side by side; the curated layer is what reviewers, incident proposals and exports read once the article is curated.",
    analyst: "{n}. {name}",
    curatedLayer: "Curated layer",
    item: "Item",
    actions: "Actions",
    none: "—",
    rejected: "Left out",
    undecided: "Not decided",
    agreed: "Agreed",
    differences: {
      label: "Label differs",
      boundaries: "Boundaries differ",
      missing: "Only in some layers",
      claims: "Claims differ",
    },
    kinds: { STATEMENT: "statement", CASUALTY: "casualty", COUNT: "count", EVENT: "event", OTHER: "other" },
    killed: "killed {n}",
    injured: "injured {n}",
    count: "{thing}: {n}",
    takeN: "Take {n}",
    merge: "Merge",
    edit: "Edit",
    reject: "Reject",
    save: "Save",
    cancel: "Cancel",
    start: "Start",
    end: "End",
    label: "Label",
    saving: "Saving…",
    noItems: "No analyst has marked anything on this article yet.",
    notIndependent: "This project does not annotate independently: there is one layer, and curating only copies spans.",
    keysTitle: "Keys",
    keys: [
      ["j / k", "next / previous item with a difference"],
      ["1–9", "take analyst n's version of the item"],
      ["m", "merge: every analyst's version into the curated layer"],
      ["e", "edit the curated span (Enter saves, Escape cancels)"],
      ["x", "reject: leave the item out of the curated layer"],
      ["c", "mark the article curated, or reopen it"],
    ] as [string, string][],
    backToAgreement: "Agreement",
    reader: "Open in the reader",
  },
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
  view: {
    title: "تنقيح: {title}",
    open: "تنقيح",
    subtitle:
      "العناصر {items}، فيها اختلاف {differing}، حُسم منها {decided}. مقاطع كل محلّل وادعاءاته جنبًا إلى جنب؛ والطبقة المنقّحة هي ما يقرؤه المراجعون ومقترحات الحوادث والتصدير بعد تنقيح المقال.",
    analyst: "{n}. {name}",
    curatedLayer: "الطبقة المنقّحة",
    item: "العنصر",
    actions: "الإجراءات",
    none: "—",
    rejected: "مستبعَد",
    undecided: "لم يُحسم",
    agreed: "متّفق عليه",
    differences: {
      label: "الوسم مختلف",
      boundaries: "الحدود مختلفة",
      missing: "في بعض الطبقات فقط",
      claims: "الادعاءات مختلفة",
    },
    kinds: { STATEMENT: "تصريح", CASUALTY: "ضحايا", COUNT: "عدد", EVENT: "حدث", OTHER: "أخرى" },
    killed: "قتلى {n}",
    injured: "جرحى {n}",
    count: "{thing}: {n}",
    takeN: "اعتماد {n}",
    merge: "دمج",
    edit: "تحرير",
    reject: "رفض",
    save: "حفظ",
    cancel: "إلغاء",
    start: "البداية",
    end: "النهاية",
    label: "الوسم",
    saving: "جارٍ الحفظ…",
    noItems: "لم يوسّم أي محلّل شيئًا في هذا المقال بعد.",
    notIndependent: "لا يوسّم هذا المشروع باستقلال: فيه طبقة واحدة، والتنقيح ينسخ المقاطع فقط.",
    keysTitle: "المفاتيح",
    keys: [
      ["j / k", "العنصر التالي / السابق الذي فيه اختلاف"],
      ["1–9", "اعتماد نسخة المحلّل رقم n للعنصر"],
      ["m", "دمج: نسخ كل المحلّلين إلى الطبقة المنقّحة"],
      ["e", "تحرير المقطع المنقّح (Enter للحفظ، Escape للإلغاء)"],
      ["x", "رفض: استبعاد العنصر من الطبقة المنقّحة"],
      ["c", "تعليم المقال كمنقّح، أو إعادة فتحه"],
    ] as [string, string][],
    backToAgreement: "الاتفاق",
    reader: "فتح في القارئ",
  },
};

/** Fills a message's `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export type TCurationMessages = CurationMessages;

export const curationMessages: Record<Locale, CurationMessages> = { en, ar };
