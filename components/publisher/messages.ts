import type { Locale } from "@/lib/i18n/config";

/**
 * Project settings strings (the publisher of the project's fact checks), in English and Arabic,
 * under the conventions of lib/i18n/messages.ts: the Arabic dictionary is typed against the English one.
 */
const en = {
  link: "Settings",
  title: "Project settings",
  subtitle: "Settings of {project}",
  publisher: {
    title: "Publisher of fact checks",
    help: "ClaimReview exports name this organisation as the author of every review and give each review its address on the organisation's site. Until they are set, the ClaimReview export is refused.",
    name: "Organisation name",
    url: "Organisation URL",
    logoUrl: "Logo URL",
    template: "Review URL template",
    templateHint:
      "Each review's address on the organisation's site: {claimId}, {verdictId} and {articleId} are replaced by the review's ids.",
    example: "Example:",
    save: "Save publisher",
    saved: "Saved.",
    notSet: "Not set yet.",
    readOnly: "Only managers change these settings.",
    conflict: "Someone else changed these settings meanwhile; their version is shown. Review it and save again.",
  },
};

type PublisherMessages = typeof en;

const ar: PublisherMessages = {
  link: "الإعدادات",
  title: "إعدادات المشروع",
  subtitle: "إعدادات {project}",
  publisher: {
    title: "ناشر التحقّقات",
    help: "تذكر تصديرات ClaimReview هذه الجهة مؤلفةً لكل تحقّق، وتعطي كل تحقّق عنوانه على موقعها. يُرفض تصدير ClaimReview حتى تُضبط.",
    name: "اسم الجهة",
    url: "عنوان موقع الجهة",
    logoUrl: "عنوان الشعار",
    template: "قالب عنوان التحقّق",
    templateHint: "عنوان كل تحقّق على موقع الجهة: تُستبدل {claimId} و{verdictId} و{articleId} بمعرّفات التحقّق.",
    example: "مثال:",
    save: "حفظ الناشر",
    saved: "حُفظ.",
    notSet: "لم يُضبط بعد.",
    readOnly: "لا يغيّر هذه الإعدادات إلا المديرون.",
    conflict: "غيّر شخص آخر هذه الإعدادات في الأثناء؛ تظهر نسخته الآن. راجعها ثم احفظ من جديد.",
  },
};

export const publisherMessages: Record<Locale, PublisherMessages> = { en, ar };
