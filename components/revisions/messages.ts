import type { Locale } from "@/lib/i18n/config";

/**
 * Strings of article revisions (new versions of the text, earlier versions, orphaned
 * annotations), in English and Arabic under the conventions of lib/i18n/messages.ts: the Arabic
 * dictionary is typed against the English one. Counts are ICU plural messages (lib/i18n/icu.ts).
 */
const en = {
  title: "Text versions",
  current: "Version {version} (current)",
  versionLink: "Version {version}",
  readOnly: "Version {version} of this article, read-only. The annotations are on the current version.",
  backToCurrent: "Back to the current version",
  origin: { import: "imported", text: "pasted text", file: "file", url: "web page" } as Record<string, string>,
  counts: "{placed} placed · {moved} moved · {orphaned} orphaned",
  upload: "Upload new version",
  uploadHelp:
    "The new text becomes the next version; every annotation is looked for in it and is placed, moved, or orphaned when its place is not certain. The current text stays readable.",
  sourceText: "Paste text",
  sourceFile: "File (.txt, .html, .docx)",
  sourceUrl: "Fetch the web page again",
  textLabel: "New text",
  fileLabel: "File",
  urlLabel: "Address",
  submit: "Import new version",
  submitting: "Importing…",
  cancel: "Cancel",
  done: "Version {version} imported: {placed} placed, {moved} moved, {orphaned} orphaned.",
  orphansTitle: "Orphaned annotations",
  orphansHelp:
    "These annotations could not be found with certainty in the new text. Select their words in the text and press “Place at selection”, or delete them.",
  orphanCount: "{count, plural, one {# orphaned annotation} other {# orphaned annotations}}",
  wasIn: "in version {version}",
  reason: {
    empty_quote: "It had no text.",
    ambiguous: "Its words and context were in the text more than once: which one was meant is not certain.",
    context_lost: "Its words are in the new text, but not with their context: where it belongs is not certain.",
    not_found: "Its words are not in the new text, even with small changes near their old place.",
  } as Record<string, string>,
  claims: "{count, plural, one {# claim rests on it} other {# claims rest on it}}",
  place: "Place at selection",
  placeHint: "Select the words in the text first.",
  placing: "Placing…",
  delete: "Delete",
  deleteTitle: "Delete this orphaned annotation?",
  deleteBody: "It is deleted like any annotation: kept in the history and the audit log.",
  deleting: "Deleting…",
};

type RevisionMessages = typeof en;

const ar: RevisionMessages = {
  title: "نسخ النص",
  current: "النسخة {version} (الحالية)",
  versionLink: "النسخة {version}",
  readOnly: "النسخة {version} من هذه المقالة، للقراءة فقط. المقاطع الموسومة على النسخة الحالية.",
  backToCurrent: "العودة إلى النسخة الحالية",
  origin: { import: "مستوردة", text: "نص ملصق", file: "ملف", url: "صفحة ويب" },
  counts: "{placed} في مكانه · {moved} منقول · {orphaned} يتيم",
  upload: "رفع نسخة جديدة",
  uploadHelp:
    "يصبح النص الجديد النسخة التالية؛ ويُبحث فيه عن كل مقطع موسوم فيبقى في مكانه أو يُنقل، أو يصبح يتيمًا إذا لم يكن مكانه مؤكدًا. ويبقى النص الحالي متاحًا للقراءة.",
  sourceText: "لصق نص",
  sourceFile: "ملف (‎.txt أو ‎.html أو ‎.docx)",
  sourceUrl: "جلب صفحة الويب من جديد",
  textLabel: "النص الجديد",
  fileLabel: "الملف",
  urlLabel: "العنوان",
  submit: "استيراد النسخة الجديدة",
  submitting: "جارٍ الاستيراد…",
  cancel: "إلغاء",
  done: "استُوردت النسخة {version}: {placed} في مكانه، و{moved} منقول، و{orphaned} يتيم.",
  orphansTitle: "المقاطع اليتيمة",
  orphansHelp:
    "تعذّر العثور على هذه المقاطع في النص الجديد بيقين. حدّد كلماتها في النص واضغط «ضعه في التحديد»، أو احذفها.",
  orphanCount:
    "{count, plural, zero {لا مقاطع يتيمة} one {مقطع يتيم واحد} two {مقطعان يتيمان} few {# مقاطع يتيمة} many {# مقطعًا يتيمًا} other {# مقطع يتيم}}",
  wasIn: "في النسخة {version}",
  reason: {
    empty_quote: "لم يكن فيه نص.",
    ambiguous: "وردت كلماته وسياقها في النص أكثر من مرة: ولا يُعرف بيقين أيها المقصود.",
    context_lost: "كلماته موجودة في النص الجديد، لكن ليس في سياقها: ولا يُعرف مكانه بيقين.",
    not_found: "كلماته غير موجودة في النص الجديد، ولو بتغييرات صغيرة قرب مكانها القديم.",
  },
  claims:
    "{count, plural, zero {لا ادعاءات عليه} one {ادعاء واحد قائم عليه} two {ادعاءان قائمان عليه} few {# ادعاءات قائمة عليه} many {# ادعاءً قائمًا عليه} other {# ادعاء قائم عليه}}",
  place: "ضعه في التحديد",
  placeHint: "حدّد الكلمات في النص أولًا.",
  placing: "جارٍ الوضع…",
  delete: "حذف",
  deleteTitle: "حذف هذا المقطع اليتيم؟",
  deleteBody: "يُحذف كأي مقطع موسوم: ويبقى في السجل وسجل التدقيق.",
  deleting: "جارٍ الحذف…",
};

export const revisionMessages: Record<Locale, RevisionMessages> = { en, ar };
