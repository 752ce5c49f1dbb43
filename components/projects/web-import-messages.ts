import type { Locale } from "@/lib/i18n/config";

/**
 * Strings of the import from web pages and documents, in English and Arabic, under the
 * conventions of lib/i18n/messages.ts: the Arabic dictionary is typed against the English one.
 */
const en = {
  formatHtml: "A saved web page: its article body, title, author, outlet and date are read, and the page is kept",
  formatDocx: "A Word document: one paragraph per line; a heading that opens it is the title",
  title: "Import web pages",
  help: "Paste the addresses of news articles, one per line. The server fetches each page, keeps a copy of it and imports its article body with its title, outlet and date; a page without an article body is refused with the reason.",
  label: "Addresses",
  placeholder: "https://…",
  submit: "Fetch and import",
  submitting: "Fetching…",
  none: "Paste at least one address.",
  notAddress: "Not a web address: it must start with http:// or https://",
  tooMany: "At most {max} addresses at a time.",
  progress: "{done} of {total} addresses",
  background:
    "Several addresses are imported in the background: you may leave this page, the articles join the list as they arrive.",
  failed: "The background import stopped: {error}",
  summary: "{imported} imported, {refused} refused.",
  results: "Results by address",
  imported: "Imported",
  refused: "Refused",
};

type WebImportMessages = typeof en;

const ar: WebImportMessages = {
  formatHtml: "صفحة ويب محفوظة: يُقرأ متن المقالة وعنوانها وكاتبها ووسيلتها وتاريخها، وتُحفظ الصفحة",
  formatDocx: "مستند Word: فقرة في كل سطر؛ والعنوان الذي يبدأ به هو عنوان المقالة",
  title: "استيراد صفحات الويب",
  help: "الصق عناوين المقالات الإخبارية، عنوانًا في كل سطر. يجلب الخادم كل صفحة ويحتفظ بنسخة منها ويستورد متن مقالتها مع عنوانها ووسيلتها وتاريخها؛ وتُرفض الصفحة التي لا متن مقالة فيها مع ذكر السبب.",
  label: "العناوين",
  placeholder: "https://…",
  submit: "جلب واستيراد",
  submitting: "جارٍ الجلب…",
  none: "الصق عنوانًا واحدًا على الأقل.",
  notAddress: "ليس عنوان ويب: يجب أن يبدأ بـ http:// أو https://",
  tooMany: "{max} عنوانًا على الأكثر في المرة الواحدة.",
  progress: "{done} من {total} عنوانًا",
  background: "تُستورد العناوين المتعددة في الخلفية: يمكنك مغادرة هذه الصفحة، وتنضم المقالات إلى القائمة حين تصل.",
  failed: "توقف الاستيراد في الخلفية: {error}",
  summary: "استُورد {imported}، ورُفض {refused}.",
  results: "النتائج حسب العنوان",
  imported: "استُورد",
  refused: "رُفض",
};

export const webImportMessages: Record<Locale, WebImportMessages> = { en, ar };
