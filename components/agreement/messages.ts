import type { Locale } from "@/lib/i18n/config";

/**
 * Agreement report strings, in English and Arabic, under the conventions of lib/i18n/messages.ts:
 * the Arabic dictionary is typed against the English one.
 */
const en = {
  link: "Agreement",
  title: "Agreement between analysts",
  subtitle:
    "Articles that at least two analysts finished: {articles}. Each analyst's own spans and claims are compared.",
  filter: {
    title: "Filter",
    labels: "Labels",
    analysts: "Analysts",
    apply: "Apply",
    clear: "Clear",
    csv: "Download CSV",
  },
  refused: "This filter cannot be applied: {message}",
  none: "No article has been finished by two or more analysts yet. Assign an article to several analysts; once two of them mark it done, it counts here.",
  undefinedScore: "Not defined: nothing to compare, or everyone used one category throughout",
  spans: {
    title: "Spans: agreement per label and pair of analysts",
    help: "α is Krippendorff's alpha among all the analysts, κ Cohen's kappa for a pair, both over characters with “no label” as a category; F1 compares spans, exactly (same offsets) or overlapping. 1 is perfect agreement, 0 what chance gives.",
    label: "Label",
    allLabels: "All labels",
    alpha: "α (all)",
    kappa: "κ",
    f1Exact: "F1 exact",
    f1Overlapping: "F1 overlap",
  },
  claims: {
    title: "Claims, matched by their spans",
    help: "Claims of two analysts are matched when their claim spans overlap; α compares the matched claims' kind, speaker, link relations and figures (interval).",
    pair: "Pair",
    matched: "Matched",
    f1: "F1",
    kind: "Kind",
    speaker: "Speaker",
    relation: "Link relation",
    figures: "Figures",
    all: "All analysts",
    matchedOf: "{matched} of {a} and {b}",
  },
  articles: {
    title: "Articles with the most disagreement",
    help: "Lowest α over all labels first. Open an article to compare the analysts' spans and settle the differences.",
    article: "Article",
    analysts: "Analysts",
    spans: "Spans",
    curate: "Curate",
  },
};

export type AgreementMessages = typeof en;

const ar: AgreementMessages = {
  link: "الاتفاق",
  title: "الاتفاق بين المحلّلين",
  subtitle: "المقالات التي أنهاها محلّلان على الأقل: {articles}. تُقارن مقاطع كل محلّل وادعاءاته.",
  filter: {
    title: "تصفية",
    labels: "التسميات",
    analysts: "المحلّلون",
    apply: "تطبيق",
    clear: "مسح",
    csv: "تنزيل CSV",
  },
  refused: "لا يمكن تطبيق هذه التصفية: {message}",
  none: "لم ينهِ محلّلان أو أكثر أي مقال بعد. أسند مقالًا إلى عدة محلّلين؛ متى أنهاه اثنان منهم يُحسب هنا.",
  undefinedScore: "غير معرّف: لا شيء للمقارنة، أو استعمل الجميع فئة واحدة في كل شيء",
  spans: {
    title: "المقاطع: الاتفاق لكل تسمية ولكل زوج من المحلّلين",
    help: "α هو ألفا كريبندورف بين كل المحلّلين، وκ كابا كوهين لكل زوج، وكلاهما على الأحرف مع «بلا تسمية» فئةً؛ ويقارن F1 المقاطع مطابقةً تامة (الحدود نفسها) أو تداخلًا. 1 اتفاق تام، و0 ما تعطيه الصدفة.",
    label: "التسمية",
    allLabels: "كل التسميات",
    alpha: "α (الكل)",
    kappa: "κ",
    f1Exact: "F1 تام",
    f1Overlapping: "F1 تداخل",
  },
  claims: {
    title: "الادعاءات، مطابَقةً بمقاطعها",
    help: "يُطابَق ادعاءا محلّلين إذا تداخل مقطعا الادعاء؛ وتقارن α نوع الادعاءات المتطابقة والمتحدث وعلاقات الربط والأرقام (فترية).",
    pair: "الزوج",
    matched: "المتطابقة",
    f1: "F1",
    kind: "النوع",
    speaker: "المتحدث",
    relation: "علاقة الربط",
    figures: "الأرقام",
    all: "كل المحلّلين",
    matchedOf: "{matched} من {a} و{b}",
  },
  articles: {
    title: "المقالات الأكثر اختلافًا",
    help: "الأدنى α على كل التسميات أولًا. افتح مقالًا لمقارنة مقاطع المحلّلين وحسم الاختلافات.",
    article: "المقال",
    analysts: "المحلّلون",
    spans: "المقاطع",
    curate: "تنقيح",
  },
};

export const agreementMessages: Record<Locale, AgreementMessages> = { en, ar };
