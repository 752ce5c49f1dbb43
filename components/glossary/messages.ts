import type { Locale } from "@/lib/i18n/config";

/**
 * The project glossary's strings (project settings), in English and Arabic, under the conventions
 * of lib/i18n/messages.ts: the Arabic dictionary is typed against the English one.
 */
const en = {
  title: "Glossary",
  help: "Arabic terms and the English this project uses for them. Claims' English drafts use these and the entity registry's English names; anything else is left as […] with the Arabic beside it.",
  arabic: "Arabic",
  english: "English",
  note: "Note",
  actions: "Actions",
  add: "Add term",
  adding: "Adding…",
  edit: "Edit",
  save: "Save",
  cancel: "Cancel",
  remove: "Remove",
  restore: "Restore",
  removed: "Removed:",
  filter: "Filter terms",
  empty: "No terms yet.",
  noMatch: "No term matches.",
  count: "Terms: {count}",
  readOnly: "Only managers change the glossary.",
  conflict: "Someone else changed this term meanwhile; it is shown as it is now.",
};

type GlossaryMessages = typeof en;

const ar: GlossaryMessages = {
  title: "المسرد",
  help: "مصطلحات عربية والإنجليزية التي يعتمدها هذا المشروع لها. تستعملها مسودات الادعاءات الإنجليزية مع الأسماء الإنجليزية في سجل الكيانات؛ وما سواها يبقى […] والعربية بجانبه.",
  arabic: "العربية",
  english: "الإنجليزية",
  note: "ملاحظة",
  actions: "إجراءات",
  add: "إضافة مصطلح",
  adding: "جارٍ الإضافة…",
  edit: "تعديل",
  save: "حفظ",
  cancel: "إلغاء",
  remove: "حذف",
  restore: "استعادة",
  removed: "حُذف:",
  filter: "تصفية المصطلحات",
  empty: "لا مصطلحات بعد.",
  noMatch: "لا مصطلح يطابق.",
  count: "المصطلحات: {count}",
  readOnly: "لا يغيّر المسرد إلا المديرون.",
  conflict: "غيّر شخص آخر هذا المصطلح في الأثناء؛ يظهر كما هو الآن.",
};

export const glossaryMessages: Record<Locale, GlossaryMessages> = { en, ar };
