import type { Locale } from "@/lib/i18n/config";

/** The search page's strings (conventions of lib/i18n/messages.ts). */
const en = {
  title: "Search",
  subtitle:
    "Articles, spans, claims, English translations and entities. Spelling variants, the article, tatweel and diacritics do not matter.",
  query: "Search for",
  placeholder: 'e.g. الأمريكية قذائف, "قاعدة عين الأسد", -كركوك, killed',
  search: "Search",
  filters: "Filters",
  any: "Any",
  label: "Label",
  claimKind: "Claim kind",
  author: "Author",
  event: "Event",
  from: "Published from",
  to: "Published to",
  reviewed: "Review",
  reviewedYes: "Reviewed",
  reviewedNo: "Not reviewed",
  clear: "Clear",
  nothing: "Type words to search, or choose a filter.",
  noResults: "Nothing found.",
  took: "{ms} ms",
  count: "{count}",
  countMore: "{count}+",
  more: "More {type}",
  previous: "Previous",
  open: "Open at the place",
  noPlace: "Not in an article yet",
  types: { article: "Articles", span: "Spans", claim: "Claims", translation: "Translations", entity: "Entities" },
  kinds: { STATEMENT: "Statement", CASUALTY: "Casualty", COUNT: "Count", EVENT: "Event", OTHER: "Other" },
  /** A translation result's heading: what it translates. */
  translationOf: "English — {target}",
  targets: { paragraph: "Paragraph {n}", span: "Span", claim: "Claim" },
};

export type SearchMessages = typeof en;

const ar: SearchMessages = {
  title: "البحث",
  subtitle:
    "في المقالات والمقاطع والادعاءات والترجمات الإنجليزية والكيانات. لا أثر لاختلاف الإملاء أو «ال» التعريف أو التطويل أو التشكيل.",
  query: "ابحث عن",
  placeholder: 'مثلًا: الأمريكية قذائف، "قاعدة عين الأسد"، -كركوك، killed',
  search: "بحث",
  filters: "عوامل التصفية",
  any: "الكل",
  label: "الوسم",
  claimKind: "نوع الادعاء",
  author: "الكاتب",
  event: "الحدث",
  from: "منشور منذ",
  to: "منشور حتى",
  reviewed: "المراجعة",
  reviewedYes: "مُراجَع",
  reviewedNo: "غير مُراجَع",
  clear: "مسح",
  nothing: "اكتب كلمات للبحث أو اختر عامل تصفية.",
  noResults: "لم يُعثر على شيء.",
  took: "{ms} م.ث",
  count: "{count}",
  countMore: "+{count}",
  more: "مزيد من {type}",
  previous: "السابق",
  open: "افتح في موضعه",
  noPlace: "ليس في مقال بعد",
  types: { article: "المقالات", span: "المقاطع", claim: "الادعاءات", translation: "الترجمات", entity: "الكيانات" },
  kinds: { STATEMENT: "تصريح", CASUALTY: "ضحايا", COUNT: "عدد", EVENT: "حدث", OTHER: "آخر" },
  translationOf: "الترجمة الإنجليزية — {target}",
  targets: { paragraph: "الفقرة {n}", span: "مقطع", claim: "ادعاء" },
};

export const searchMessages: Record<Locale, SearchMessages> = { en, ar };
