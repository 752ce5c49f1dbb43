import type { Locale } from "@/lib/i18n/config";

/**
 * Assignment strings (the article list's assign and filter controls, My articles, the reader's
 * next and previous), in English and Arabic, kept with the feature under the conventions of
 * lib/i18n/messages.ts: the Arabic dictionary is typed against the English one.
 */
const en = {
  assign: {
    title: "Assign selected articles",
    help: "Tick articles in the list, choose who works on them, then assign.",
    select: "Select",
    selectArticle: "Select “{title}”",
    assignees: "Assign to",
    submit: "Assign",
    submitting: "Assigning…",
    noneSelected: "Tick at least one article in the list.",
    selected: "{count, plural, =0 {No articles ticked.} one {# article ticked.} other {# articles ticked.}}",
    noAssignee: "Choose at least one person.",
    done: "{count, plural, one {# new assignment.} other {# new assignments.}}",
  },
  filter: {
    label: "Filter articles by assignment",
    status: "Assignment status",
    assignee: "Assignee",
    any: "Any",
    apply: "Filter",
    clear: "Clear filter",
    showing: "Articles that match: {count}.",
    none: "No articles match this filter.",
  },
  column: {
    assignees: "Assigned to",
    nobody: "Nobody",
    assignedOn: "Assigned on",
    reopen: "Reopen",
    reopenFor: "Reopen for {name}",
    unassignFor: "Take back from {name}",
  },
  mine: {
    link: "My articles",
    title: "My articles",
    subtitle: "Articles assigned to you, in the order you were given them.",
    caption: "Articles assigned to you",
    empty: "No articles are assigned to you in this project.",
    status: "My status",
    progress: "{done} of {total} done",
  },
  reader: {
    label: "Article list",
    previous: "Previous",
    next: "Next",
    position: "{position} of {total}",
    positionMine: "{position} of {total} in my articles",
    markDone: "Mark done",
    marking: "Saving…",
    myStatus: "My status:",
  },
};

export type AssignmentMessages = typeof en;

const ar: AssignmentMessages = {
  assign: {
    title: "إسناد المقالات المحددة",
    help: "حدّد المقالات في القائمة، واختر من يعمل عليها، ثم أسندها.",
    select: "تحديد",
    selectArticle: "تحديد «{title}»",
    assignees: "إسناد إلى",
    submit: "إسناد",
    submitting: "جارٍ الإسناد…",
    noneSelected: "حدّد مقالًا واحدًا على الأقل في القائمة.",
    selected:
      "{count, plural, zero {لم يُحدَّد أي مقال.} one {مقال واحد محدد.} two {مقالان محددان.} few {# مقالات محددة.} many {# مقالًا محددًا.} other {# مقال محدد.}}",
    noAssignee: "اختر شخصًا واحدًا على الأقل.",
    done: "{count, plural, zero {لا إسنادات جديدة.} one {إسناد جديد واحد.} two {إسنادان جديدان.} few {# إسنادات جديدة.} many {# إسنادًا جديدًا.} other {# إسناد جديد.}}",
  },
  filter: {
    label: "تصفية المقالات حسب الإسناد",
    status: "حالة الإسناد",
    assignee: "المُسنَد إليه",
    any: "الكل",
    apply: "تصفية",
    clear: "إلغاء التصفية",
    showing: "المقالات المطابقة: {count}.",
    none: "لا مقالات تطابق هذه التصفية.",
  },
  column: {
    assignees: "مُسنَد إلى",
    nobody: "لا أحد",
    assignedOn: "تاريخ الإسناد",
    reopen: "إعادة فتح",
    reopenFor: "إعادة الفتح لـ{name}",
    unassignFor: "سحب الإسناد من {name}",
  },
  mine: {
    link: "مقالاتي",
    title: "مقالاتي",
    subtitle: "المقالات المسندة إليك، بالترتيب الذي أُسندت به.",
    caption: "المقالات المسندة إليك",
    empty: "لا توجد مقالات مسندة إليك في هذا المشروع.",
    status: "حالتي",
    progress: "أُنجز {done} من {total}",
  },
  reader: {
    label: "قائمة المقالات",
    previous: "السابق",
    next: "التالي",
    position: "{position} من {total}",
    positionMine: "{position} من {total} في مقالاتي",
    markDone: "تعليم كمنجز",
    marking: "جارٍ الحفظ…",
    myStatus: "حالتي:",
  },
};

export const assignmentMessages: Record<Locale, AssignmentMessages> = { en, ar };
