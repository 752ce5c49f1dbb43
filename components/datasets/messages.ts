import type { Locale } from "@/lib/i18n/config";

/**
 * The export panel's strings in English and Arabic, kept with the feature (the Arabic dictionary
 * is typed against the English one; `{name}` placeholders are filled with lib/i18n's `format()`).
 */
const en = {
  title: "Export the project",
  help: "Download the project's annotations as a dataset. Large projects stream: the download starts at once and grows as it is read.",
  format: "Format",
  formats: {
    jsonl: "JSON Lines — native, re-importable, everything",
    csv: "CSV — one row per claim (opens in Excel)",
    w3c: "W3C Web Annotation (JSON-LD)",
    brat: "brat standoff (.txt + .ann, zip)",
    claimreview: "ClaimReview (schema.org JSON-LD), claims with a verdict",
    incidents: "Incident ledgers — incidents, sources and figures as CSV tables (zip)",
  },
  includeProposed: "Also machine-proposed claims no analyst has accepted yet",
  articles: "Articles",
  allArticles: "All articles ({count})",
  chosenArticles: "Chosen articles",
  chosenCount: "{count} chosen",
  selectAll: "Select all",
  selectNone: "Select none",
  reviewedOnly: "Reviewed material only (reviewed claims and translations, confirmed links, standing verdicts)",
  rawLayers:
    "Add each analyst's raw layer (their own spans and claims, with their ids; curated articles otherwise carry the curated layer only)",
  agreement: "Add the agreement report (JSON and CSV)",
  zipNote: "With either, the download is a zip of the export and these files.",
  download: "Export",
  downloading: "Exporting…",
  cancel: "Cancel",
  progress: "{received} received",
  progressArticles: "{received} received · {articles} articles",
  done: "Done: {name} ({size}).",
  cancelled: "Export cancelled.",
  noneChosen: "Choose at least one article, or export all.",
};

export type TDatasetMessages = typeof en;

const ar: TDatasetMessages = {
  title: "تصدير المشروع",
  help: "نزّل تعليقات المشروع مجموعةَ بيانات. تُبثّ المشاريع الكبيرة: يبدأ التنزيل فورًا ويكبر أثناء القراءة.",
  format: "الصيغة",
  formats: {
    jsonl: "JSON Lines — الصيغة الأصلية، قابلة لإعادة الاستيراد، كل شيء",
    csv: "CSV — صف لكل ادعاء (يُفتح في Excel)",
    w3c: "W3C Web Annotation ‏(JSON-LD)",
    brat: "brat standoff ‏(‎.txt و‎.ann، ملف zip)",
    claimreview: "ClaimReview ‏(schema.org JSON-LD)، الادعاءات التي لها حكم",
    incidents: "سجلات الحوادث — الحوادث والمصادر والأرقام جداول CSV ‏(ملف zip)",
  },
  includeProposed: "مع الادعاءات المقترحة آلياً التي لم يقبلها محلل بعد",
  articles: "المقالات",
  allArticles: "كل المقالات ({count})",
  chosenArticles: "مقالات مختارة",
  chosenCount: "المختار: {count}",
  selectAll: "اختر الكل",
  selectNone: "ألغِ الاختيار",
  reviewedOnly: "المواد المراجعة فقط (الادعاءات والترجمات المراجعة، الروابط المؤكدة، الأحكام القائمة)",
  rawLayers:
    "إضافة الطبقة الخام لكل محلّل (مقاطعه وادعاءاته مع معرّفه؛ وإلا فلا تحمل المقالات المنقّحة إلا الطبقة المنقّحة)",
  agreement: "إضافة تقرير الاتفاق (JSON وCSV)",
  zipNote: "مع أيّ منهما يكون التنزيل ملفًا مضغوطًا (zip) يضم التصدير وهذه الملفات.",
  download: "تصدير",
  downloading: "جارٍ التصدير…",
  cancel: "إلغاء",
  progress: "المستلم: {received}",
  progressArticles: "المستلم: {received} · المقالات: {articles}",
  done: "اكتمل: {name} ‏({size}).",
  cancelled: "أُلغي التصدير.",
  noneChosen: "اختر مقالة واحدة على الأقل، أو صدّر الكل.",
};

export const datasetMessages: Record<Locale, TDatasetMessages> = { en, ar };
