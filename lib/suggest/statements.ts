/**
 * Who said what: statements with their speaker, reporting verb, channel and content.
 *
 * Patterns, from ../shared/design/arabic.md and the sample corpus:
 * - verb first: «قال مسؤول في الجيش الأمريكي لرويترز إن …» — speaker after the verb, channel ل+outlet,
 *   content from إن/أن (or a quotation, a colon, a ب/إلى/عن-phrase, an object) to the clause end;
 * - subject first: «وزير الدفاع الأميركي يرى أن …», «واشنطن تتوعد بالرد …»;
 * - no subject (وأضاف:، وأردف:، كما أكد): the speaker named last, in the sentence or before it;
 * - participles adding a second utterance: «…، مضيفا أن …», «معتبراً أن …»;
 * - chains: «نقلت وكالة رويترز عن مصدر طبي قوله إن …» (speaker مصدر طبي, channel رويترز);
 * - attribution without a verb, before, inside or after the content: «وحسب بيان لـ X فإن …»،
 *   «…، حسب بيان لوزارة الدفاع، …»، «…، وفق المسؤول»، «…، كما أفاد مسؤول عسكري»;
 * - «X: …» at the start of a line (a speaker with a colon) and signed tweets («— name (@handle)»).
 * Quotations nested in another statement's quotation are not statements of their own.
 */
import {
  AFFIRMED_WHEN_NEGATED,
  ALA_LISAN,
  ANONYMOUS_HEADS,
  ASIDE_NOUNS,
  ATTRIBUTION_MARKERS,
  CHANNEL_NOUNS,
  CHANNEL_STARTERS,
  CLAUSE_BREAKS,
  CONTENT_OPENERS,
  DEATH_NOTICE_MASDARS,
  DEATH_NOTICE_VERBS,
  DIRECTIVE_PARTICIPLES,
  FILLERS,
  HAMMALA_OBJECT,
  HAMMALA_VERBS,
  NEGATIONS,
  OUTLETS,
  PARTICIPLES,
  PLATFORMS,
  isTimePhrase,
  PUBLISHED,
  QAWL,
  RELATIVES,
  REPORTING_VERBS,
  WEEKDAYS,
  WHO_WHAT,
  ATTACK_NOUNS,
  IDENTITY_WORDS,
  OBJECT_MASDARS,
  REPORTED_IT,
  TOLL_ADJECTIVE_WORDS,
  type VerbInfo,
} from "./lexicon";
import { ARABIC_MONTHS as MONTHS, TENS_WORDS, UNIT_WORDS, PREPOSITIONS } from "../arabic/numbers-lexicon";
import { keySet, toKey } from "../arabic/numbers-tokens";
import {
  isMediaHead,
  isVerbLike,
  lamChannelEnd,
  shortQuoteEnd,
  withoutPossessive,
  nounPhraseAt,
  outletAfterLam,
  type NounPhrase,
  withholdingReasonEnd,
} from "./noun-phrase";
import {
  bareKey,
  conjSkip,
  isDefinite,
  isNisba,
  isPunct,
  isQuoteMark,
  lastTokenBefore,
  readAs,
  readAsVerb,
  stripConj,
  trimRange,
  type TextModel,
  type Tok,
} from "./text-model";

export type Found = { start: number; end: number };
/** Which pattern found a statement (its provenance). */
export type StatementRule =
  | "statement.verb"
  | "statement.chain"
  | "statement.marker"
  | "statement.participle"
  | "statement.colon"
  | "statement.tweet";

export type FoundStatement = {
  rule: StatementRule;
  content: Found;
  speaker: (Found & { anonymous: boolean; implicit: boolean }) | null;
  verb: Found | null;
  channel: (Found & { name: string }) | null;
};

type Sentence = TextModel["sentences"][number];

const ILA = toKey("إلى");
const NAQLAN = toKey("نقلا");
const ALA = toKey("على");
const ISSUED_BY = keySet(["صادر", "الصادر", "صادرة", "الصادرة"]);
const ABOUT = toKey("عن");
const ANNA = toKey("أن");
const ONE_OF_WORDS = keySet(["أحد", "إحدى", "احد", "احدى", "واحد", "واحدة"]);
/** A number written in words («ثلاثة»، «عشرين»), with its reading, or null. */
const numberWord = (t: Tok | undefined) => readAs(t, UNIT_WORDS) ?? readAs(t, TENS_WORDS);
/** «قبيل / عقب الهجوم»: when, told by the happening. */
const HAPPENING_TIMES = keySet(["قبيل", "عقب", "إثر", "اثر"]);
const BEFORE_OR_AFTER = keySet(["قبل", "بعد", "قبيل", "عقب"]);
const DEMONSTRATIVES = keySet(["هذا", "هذه", "ذلك", "تلك"]);
const PARTS_OF_DAY = keySet(["مساء", "صباح", "فجر", "ظهر", "عصر", "ليل", "ليلة"]);

/** Pronoun phrases between a verb and its subject: «أفاد بها المسؤول». */
const PRONOUN_PPS = keySet(["به", "بها", "بهم", "له", "لها", "لهم", "عنه", "عنها", "عنهم"]);
/** Verbs of issuing inside an attribution: «بيان أصدرته وزارة الدفاع». */
const ISSUED = keySet([
  "أصدرته",
  "أصدره",
  "أصدرتها",
  "نشرته",
  "نشره",
  "نشرتها",
  "أصدرها",
  "وزعته",
  "وزعه",
  "نقلته",
  "نقلتها",
  "نقله",
  "نقلها",
]);
const QUOTE_TRIM = ' \n\t،,.:؛;"«»“”„‟″';

function isComma(tok: Tok | undefined): boolean {
  return isPunct(tok, "،", ",");
}

/** Markers whose source follows a glued ل: «وفقاً لوزارة …»، «طبقاً للمتحدث …». */
function takesLam(marker: Tok): boolean {
  return /^[وف]?(?:وفق|وفقا|طبقا)$/u.test(marker.key);
}

/** Words before a subject that are not part of it: «لكن»، «فقد»، «وكانت» (… أقرت). */
const SUBJECT_LEADERS = new Set([
  // «أما عميد الكلية فأشار …»: «as for» before the subject.
  "اما",
  "واما",
  // «وقالت الوكالة، إن المتحدث صرح بأن …»: the subject of a verb inside what was said.
  "ان",
  "إن",
  "أن",
  "لكن",
  "ولكن",
  "لكنه",
  "لكنها",
  "فقد",
  "وقد",
  "قد",
  "كان",
  "كانت",
  "وكان",
  "وكانت",
  "عاد",
  "عادت",
  "وعاد",
  "وعادت",
]);
/** «وكان الوزير قد قال»، «عادت الوزارة لتعلن»: verbs whose subject is the speaker of the verb after it. */
const KANA = new Set([
  "كان",
  "كانت",
  "وكان",
  "وكانت",
  "فكان",
  "فكانت",
  "عاد",
  "عادت",
  "وعاد",
  "وعادت",
  "فعاد",
  "فعادت",
]);

/**
 * A verb that only reports: not one that also means carrying, moving, suspending, following or
 * «between» («، نُقل 4 منهم إلى بغداد»، «التي حملت الجرحى»، «، علقت الرحلات»).
 */
function unambiguousSaying(tok: Tok | undefined): boolean {
  const reading = reportingVerb(tok);
  const info = reading ? REPORTING_VERBS.get(reading.base) : undefined;
  if (!reading || !info) return false;
  return !info.chain && !info.requiresAnna && !HAMMALA_VERBS.has(reading.base) && !AMBIGUOUS_SAYING.has(reading.base);
}

/** «وهو الأكثر دموية …»، «وهذا …»: a remark after an attribution, not more of what was said. */
const REMARK_OPENERS = keySet(["وهو", "وهي", "وهذا", "وهذه", "وذلك", "وتلك"]);

/** «ما» and the words that hold it, after which a reporting verb may carry «ه» (what was said). */
const RELATIVE_MA = keySet(["ما", "لما", "حسبما", "بحسبما", "كما", "مثلما"]);

/** «تابع» (went on; followed) and «كتب» (wrote) report only where the rest of the sentence says so. */
const AMBIGUOUS_SAYING = keySet(["تابع", "تابعت", "كتب", "كتبت"]);

/**
 * A reporting verb, with و/ف before it, or a present form after a purpose ل: «لتعلن عن ارتفاع العدد».
 */
function reportingVerb(tok: Tok | undefined, prev?: Tok): ReturnType<typeof readAsVerb> {
  const plain = readAsVerb(tok, REPORTING_VERBS);
  if (plain || tok?.kind !== "word") return plain;
  // «حسب ما أعلنته مصادر أمنية»: after a relative «ما» the verb carries its object, what was said.
  const said = /^(.{3,})ه$/u.exec(tok.key)?.[1];
  if (said && prev?.kind === "word" && RELATIVE_MA.has(prev.key) && REPORTING_VERBS.has(said))
    return { base: said, prefixLen: 0, conj: false };
  const m = /^([وف]?ل)([يت].{2,})$/u.exec(tok.key);
  if (!m?.[1] || !m[2] || !REPORTING_VERBS.has(m[2])) return null;
  return { base: m[2], prefixLen: m[1].length, conj: m[1].length === 2 };
}

/** Adverbs between a phrase and its relative pronoun: «في المستشفى فقط، الذي …». */
const TRAILING_ADVERBS = keySet(["فقط", "أيضا", "وحده", "وحدها"]);

/** What a figure is based on, not who reports it: «وفق حصيلة أولية»، «بحسب تقديرات». */
const BASIS_NOUNS = keySet(["حصيلة", "إحصاء", "إحصائية", "إحصاءات", "تقديرات", "أرقام", "الحصيلة", "تعداد"]);
/** What someone said, before who said it: «وفق تأكيدات مصادر أمنية»، «بحسب تصريحات مسؤول». */
const SAYING_NOUNS = keySet(["تأكيدات", "تصريحات", "إفادات", "رواية"]);
/** A basis noun, also with the ل of «وفقاً لحصيلة …» glued to it. */
function isBasis(tok: Tok | undefined): boolean {
  if (tok?.kind !== "word") return false;
  const key = bareKey(stripConj(tok.key));
  return BASIS_NOUNS.has(key) || (/^ل/u.test(key) && BASIS_NOUNS.has(key.slice(1)));
}
/** «تبني الهجوم»، «تبنيه»: claiming an attack, as «مسؤوليته» does. */
const CLAIM_MASDARS = keySet(["تبني", "تبنيه", "تبنيها", "تبنيهم", "تبنّي"]);
/** A toll is never who speaks («وكانت حصيلة أولية تحدثت عن …»); figures may be («أرقام سابقة تحدثت عن …»). */
const TOLL_NOUNS = keySet(["حصيلة", "الحصيلة", "محصلة", "المحصلة"]);
/** Verbs that tell what an attack did: «هجوم استهدف حافلة». */
const ATTACK_VERBS = keySet(["استهدف", "استهدفت", "ضرب", "ضربت", "وقع", "وقعت", "هز", "هزت", "طال", "طالت"]);
/** Wounds and cases: what is described, never who describes it. */
const WOUND_HEADS = keySet(["جروح", "جراح", "إصابات", "إصابة", "حالة", "حالات"]);

/** «في حصيلة جديدة / أولية / رسمية …» */
const TOLL_ADJECTIVES = keySet([...TOLL_ADJECTIVE_WORDS, "غير"]);

/** Verbs of describing or denying with the object pronoun glued: «التي وصفها»، «الذي نفاه». */
const DESCRIBED_IT = keySet(["وصفه", "وصفها", "وصفهم", "نفاه", "نفته", "نفاها", "نفتها"]);

/** «في آخر حصيلة»، «في أحدث بيان». */
const LATEST = keySet(["آخر", "أحدث"]);

/** «وتبنى التنظيم الهجوم …، وقال إن …»: who claims an attack is who the sentence is about. */
const CLAIMING_VERBS = keySet(["تبنى", "تبنت", "تبنيا", "تبنوا"]);

/** How many tokens a bracketed aside between a speaker and what was said may hold. */
const BRACKETED_ASIDE = 14;

/** A claim of responsibility: «أعلن مسؤوليته عن …»، «تبنى المسؤولية». */
const RESPONSIBILITY = keySet(
  ["مسؤولية", "المسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسؤوليتهما"].flatMap((w) => [w, w.replace("ؤ", "ئ")]),
);

/** Subjects of «تشير» that are evidence, not speakers: the basis nouns and their like. */
const INDICATORS = new Set([
  ...BASIS_NOUNS,
  ...keySet(["معلومات", "مؤشرات", "دلائل", "تقارير", "أنباء", "معطيات", "بيانات", "نتائج", "أدلة"]),
]);

/** «لكن»، «بينما»: words that open a clause whose subject may stand before its verb. */
const BUT_WORDS = keySet(["لكن", "ولكن", "بينما", "وبينما"]);

/** «في وقت سابق»، «في وقت لاحق»: a time, not the «في وقت» of a new clause. */
const EARLIER_LATER = keySet(["سابق", "لاحق", "متأخر", "مبكر"]);

function isSkippable(tok: Tok | undefined): boolean {
  return (
    readAs(tok, FILLERS) !== null ||
    readAs(tok, WEEKDAYS) !== null ||
    (tok?.kind === "word" && PRONOUN_PPS.has(tok.key))
  );
}

class StatementFinder {
  private readonly tokens: Tok[];
  private readonly text: string;
  private readonly out: FoundStatement[] = [];
  private lastSpeaker: FoundStatement["speaker"] = null;
  /** Who the sentence is about so far (a subject named with an earlier verb, even a negated one). */
  private sentenceSubject: FoundStatement["speaker"] = null;
  /** Attribution markers already read as part of a verb's statement. */
  private readonly consumed = new Set<number>();
  /** The pattern being read, recorded on what it adds. */
  private rule: StatementRule = "statement.verb";

  constructor(private readonly model: TextModel) {
    this.tokens = model.tokens;
    this.text = model.text;
  }

  run(): FoundStatement[] {
    const nested = this.nestedQuoteTokens();
    for (const sentence of this.model.sentences) {
      this.sentenceSubject = null;
      this.rule = "statement.colon";
      this.colonSpeaker(sentence);
      for (let k = sentence.first; k <= sentence.last; k++) {
        if (nested.has(k) || this.consumed.has(k)) continue;
        const tok = this.tokens[k];
        if (tok?.kind !== "word") continue;
        // «الحياة برس - أعلن …»، «تونس 26 يونيو 2015 (وكالات) - أفادت …»: a verb after a dateline's dash
        // still reports.
        if (k === sentence.first || !isPunct(this.tokens[k - 1], "-") || this.datelineBefore(k - 1, sentence)) {
          if (reportingVerb(tok, this.tokens[k - 1])) {
            this.rule = "statement.verb";
            this.verbAt(k, sentence);
          } else if (readAsVerb(tok, PARTICIPLES)) {
            this.rule = "statement.participle";
            this.participleAt(k, sentence);
          } else if (readAs(tok, ATTRIBUTION_MARKERS) || (tok.key === ALA && readAs(this.tokens[k + 1], ALA_LISAN))) {
            this.rule = "statement.marker";
            this.markerAt(k, sentence);
          } else if (this.tollOfAt(k)) {
            // «…، في حصيلة جديدة للمرصد السوري لحقوق الإنسان»: whose toll it is, after the figures.
            this.rule = "statement.marker";
            this.markerAt(k, sentence);
          } else if (readAsVerb(tok, CLAIMING_VERBS) && !this.sentenceSubject) {
            const np = nounPhraseAt(this.model, k + 1, { last: sentence.last });
            if (np) this.sentenceSubject = this.makeSpeaker(this.withoutClaimedAttack(np)).speaker;
          }
        }
      }
    }
    this.tweets();
    return this.dedupe();
  }

  /** «تنظيم داعش الهجوم»: the claimed attack is the verb's object, not part of who claims it. */
  private withoutClaimedAttack(np: NounPhrase): NounPhrase {
    for (let c = np.first + 1; c <= np.last; c++) {
      const key = this.tokens[c]?.key ?? "";
      if (key.startsWith("ال") && ATTACK_NOUNS.has(key)) return { ...np, last: c - 1 };
    }
    return np;
  }

  /** Whether the words before the dash at `dash` are a dateline: four words at most, or a date or «(وكالات)» within ten. */
  private datelineBefore(dash: number, sentence: Sentence): boolean {
    const words = dash - sentence.first;
    if (words <= 4) return true;
    if (words > 10) return false;
    return this.tokens
      .slice(sentence.first, dash)
      .some((t) => t.kind === "num" || readAs(t, MONTHS) !== null || isPunct(t, "(", ")"));
  }

  /** «في حصيلة (جديدة) لـ…»: «في» before a toll whose author follows with a glued ل within three words. */
  private tollOfAt(k: number): boolean {
    const fi = this.tokens[k];
    const basis = this.tokens[k + 1];
    if (fi?.kind !== "word" || stripConj(fi.key) !== "في" || basis?.kind !== "word") return false;
    if (!TOLL_NOUNS.has(bareKey(basis.key)) && bareKey(basis.key) !== "إحصائية") return false;
    for (let j = k + 2; j <= k + 4; j++) {
      const t = this.tokens[j];
      if (t?.kind !== "word") return false;
      // «حصيلة أولية لانفجار سيارتين»: what the toll is of, not whose.
      if (/^ل/u.test(t.key) && t.key.length > 3 && !PRONOUN_PPS.has(t.key))
        return !ATTACK_NOUNS.has(t.key.slice(1)) && !/^ل(?:ال)?(?:انفجار|تفجير|هجوم|قصف)/u.test(t.key);
      // «في حصيلة صادمة للسلطات»: only words that say which toll it is stand between.
      if (!TOLL_ADJECTIVES.has(t.key)) return false;
    }
    return false;
  }

  /** Tokens inside a quotation of four words or more: their verbs belong to the quoted speaker. */
  private nestedQuoteTokens(): Set<number> {
    const inside = new Set<number>();
    for (const q of this.model.quotes) {
      if (q.words < 4) continue;
      const end = q.close === -1 ? this.lastTokenBefore(q.end) : q.close - 1;
      for (let k = q.open + 1; k <= end; k++) inside.add(k);
    }
    return inside;
  }

  private lastTokenBefore(offset: number): number {
    return lastTokenBefore(this.tokens, offset);
  }

  private tokRange(first: number, last: number, trimChars = QUOTE_TRIM): Found {
    const a = this.tokens[first];
    const b = this.tokens[last];
    if (!a || !b) return { start: 0, end: 0 };
    return trimRange(this.text, a.start, b.end, trimChars);
  }

  /** A speaker phrase without a leading conjunction on its first word («والمسؤول» → «المسؤول»). */
  private speakerRange(np: { first: number; last: number }): Found {
    const r = this.tokRange(np.first, np.last);
    const first = this.tokens[np.first];
    if (first?.kind === "word" && r.start === first.start) return { start: conjSkip(first), end: r.end };
    return r;
  }

  /** Splits «بيان لوزارة الدفاع» / «بيان أصدرته الوزارة» into the channel and the speaker. */
  private splitChannel(np: NounPhrase): { speaker: NounPhrase; channel: (Found & { name: string }) | null } {
    // «وكالة الأنباء الفرنسية تصريحاً لمصدر أمني»: the outlet passes on a statement of the source after ل.
    for (let c = np.first + 1; c < np.last; c++) {
      const t = this.tokens[c];
      const after = this.tokens[c + 1];
      if (t?.kind !== "word" || !readAs(t, CHANNEL_NOUNS) || after?.kind !== "word") continue;
      if (!(after.key === "ل" || (/^ل/u.test(after.key) && after.key.length > 3))) continue;
      const outlet = this.tokRange(np.first, c - 1);
      return {
        speaker: { ...np, first: c + 1 },
        channel: { ...outlet, name: this.text.slice(outlet.start, outlet.end) },
      };
    }
    const head = this.tokens[np.first];
    if (head?.kind !== "word" || !readAs(head, CHANNEL_NOUNS) || np.last === np.first)
      return { speaker: np, channel: null };
    const headStart = head.charStarts[readAs(head, CHANNEL_NOUNS)?.prefixLen ?? 0] ?? head.start;
    const channel = { start: headStart, end: head.end, name: this.text.slice(headStart, head.end) };
    // Skip «لـ» and «أصدرته»; a ل glued to the name («لوزارة») is cut in makeSpeaker.
    let k = np.first + 1;
    while (k <= np.last) {
      const t = this.tokens[k];
      if (t?.kind !== "word" || (t.key !== "ل" && !ISSUED.has(t.key))) break;
      k++;
    }
    if (k > np.last) return { speaker: np, channel: null };
    return { speaker: { ...np, first: k }, channel };
  }

  private makeSpeaker(np: NounPhrase): {
    speaker: NonNullable<FoundStatement["speaker"]>;
    channel: (Found & { name: string }) | null;
  } {
    const split = this.splitChannel(np);
    if (split.channel && this.tokens[split.speaker.first]?.key === "ل" && split.speaker.first < split.speaker.last)
      split.speaker = { ...split.speaker, first: split.speaker.first + 1 };
    // «بيان صادر عن خلية الإعلام الأمني»: the author after «صادر عن».
    if (
      split.channel &&
      readAs(this.tokens[split.speaker.first], ISSUED_BY) &&
      this.tokens[split.speaker.first + 1]?.key === ABOUT &&
      split.speaker.first + 2 <= split.speaker.last
    )
      split.speaker = { ...split.speaker, first: split.speaker.first + 2 };
    let r = this.speakerRange(split.speaker);
    const first = this.tokens[split.speaker.first];
    // «لوزارة الدفاع»، «للمتحدث باسم …» after «بيان»: start after the ل (or لل).
    if (
      split.channel &&
      first?.kind === "word" &&
      /^ل/u.test(first.key) &&
      r.start === first.start &&
      first.key.length > 3
    ) {
      r = { start: first.charStarts[first.key.startsWith("لل") ? 2 : 1] ?? r.start, end: r.end };
    }
    // «مسؤول أمريكي»، «مصادر طبية»: an unnamed source; «المتحدث باسم الجيش يحيى رسول» is named.
    const head = this.tokens[split.speaker.first];
    const anonymous = np.anonymousClause || (head?.kind === "word" && ANONYMOUS_HEADS.has(stripConj(head.key)));
    return { speaker: { ...r, anonymous, implicit: false }, channel: split.channel };
  }

  /** The subject before a verb: a noun phrase from the clause start that ends right before it. */
  private subjectBefore(v: number, sentence: Sentence): NounPhrase | null {
    // «لكن الوكالة، عادت لتشير إلى …»: the subject stands before «عادت/كان», the verb after it.
    if (KANA.has(this.tokens[v - 1]?.key ?? "") && /^[وف]?ل/u.test(this.tokens[v]?.key ?? "")) {
      const end = isComma(this.tokens[v - 2]) ? v - 3 : v - 2;
      let from = sentence.first;
      for (let k = end; k >= sentence.first; k--) {
        if (isComma(this.tokens[k]) || isPunct(this.tokens[k], ":", "-", "—", "(", ")")) {
          from = k + 1;
          break;
        }
      }
      while (from < end && SUBJECT_LEADERS.has(this.tokens[from]?.key ?? "")) from++;
      const np = from <= end ? nounPhraseAt(this.model, from, { last: end }) : null;
      if (np && np.last === end) return { ...np, next: v };
    }
    let start = sentence.first;
    for (let k = v - 1; k >= sentence.first; k--) {
      const t = this.tokens[k];
      // («… بدون كشف تفاصيل لكن مصدرا في الهيئة قال …»: «لكن» opens a clause of its own.)
      if (isComma(t) || isPunct(t, ":", "-", "—", "(", ")") || (t?.kind === "word" && BUT_WORDS.has(t.key))) {
        start = k + 1;
        break;
      }
    }
    while (start < v && SUBJECT_LEADERS.has(this.tokens[start]?.key ?? "")) start++;
    if (start >= v) return this.kanaSubject(v, sentence);
    // «وتبنت الجماعة الهجوم وقالت …»: a clause of its own, whose subject the sentence is about.
    if (readAsVerb(this.tokens[start], CLAIMING_VERBS)) return null;
    const np = nounPhraseAt(this.model, start, { last: v - 1 });
    if (!np || (np.last !== v - 1 && np.next !== v)) return this.kanaSubject(v, sentence);
    // («قتل أربعة أشخاص في تفجير سيارة يرجح أن …»: a toll told before the verb is no one who speaks.)
    // («ويعد الأنصاري أحد المتشددين … وكان قد هدد»: «أحد» is one of a kind, no toll.)
    const counted = this.tokens
      .slice(np.first, np.last + 1)
      .some((t) => t.kind === "num" || (numberWord(t) !== null && !ONE_OF_WORDS.has(stripConj(t.key))));
    if (counted) return null;
    // «وكان الوزير قد قال»: قد before the verb is not part of the subject.
    let last = np.last;
    while (last > np.first && this.tokens[last]?.key === "قد") last--;
    return { ...np, last, next: v };
  }

  /**
   * The noun phrase that ends right before the relative pronoun at `rel`: the longest one that starts
   * after the last comma, preposition or verb before it, within eight words.
   */
  private antecedentBefore(rel: number, sentence: Sentence): NounPhrase | null {
    let best: NounPhrase | null = null;
    let bestDefinite = false;
    // «… في مستشفى الرحمة فقط، الذي قال إنه …»: a comma and an adverb may stand before the relative.
    let end = isComma(this.tokens[rel - 1]) ? rel - 2 : rel - 1;
    while (end > sentence.first && TRAILING_ADVERBS.has(this.tokens[end]?.key ?? "")) end--;
    for (let k = end; k >= Math.max(sentence.first, end - 7); k--) {
      const t = this.tokens[k];
      // «مستشفى "الرحمة" الذي»: a short quoted name is part of the phrase.
      if (isQuoteMark(t)) {
        const q = this.model.quotes.find((x) => x.close === k && x.words <= 3);
        if (!q) break;
        k = q.open;
        continue;
      }
      if (t?.kind !== "word" || PREPOSITIONS.has(t.key) || isVerbLike(t) || CONTENT_OPENERS.has(t.key)) break;
      // «خلافاً للرئيس ترامب الذي»: a glued preposition ends the search.
      if (/^[وف]?(?:[بلك]ال|لل)/u.test(t.key)) break;
      const np = nounPhraseAt(this.model, k, { last: end });
      if (!np || np.last !== end) continue;
      // «في مستشفى الرحمة الذي»: the whole object of a preposition is the antecedent.
      if (PREPOSITIONS.has(this.tokens[k - 1]?.key ?? "")) return { ...np, next: rel };
      // «مكذبةً الرئيس ترامب الذي»: a phrase that starts with the article beats a longer one that does not.
      const definite = isDefinite(stripConj(t.key));
      if (!best || definite || !bestDefinite) {
        best = np;
        bestDefinite = definite;
      }
    }
    return best ? { ...best, next: rel } : null;
  }

  /** «وكان وزير الدفاع مايك إسبر، قد أعلن …»: the subject after كان, before a comma and قد. */
  private kanaSubject(v: number, sentence: Sentence): NounPhrase | null {
    for (let k = v - 1; k >= Math.max(sentence.first, v - 14); k--) {
      if (!KANA.has(this.tokens[k]?.key ?? "")) continue;
      const found = nounPhraseAt(this.model, k + 1, { last: v - 1 });
      if (!found) return null;
      // «وكان الوزير قد قال»: قد ends the subject.
      let last = found.last;
      while (last > found.first && this.tokens[last]?.key === "قد") last--;
      const np = { ...found, last };
      for (let j = np.last + 1; j < v; j++) {
        const t = this.tokens[j];
        if (isComma(t) || (t?.kind === "word" && t.key === "قد")) continue;
        // «وكان السفير الإيراني في العراق، إيرج مسجدي، قد قال»: a name in apposition between commas.
        const apposition = isComma(this.tokens[j - 1]) ? nounPhraseAt(this.model, j, { last: v - 1 }) : null;
        if (apposition && isComma(this.tokens[apposition.last + 1])) {
          j = apposition.last;
          continue;
        }
        return null;
      }
      return { ...np, next: v };
    }
    return null;
  }

  private implicitSpeaker(): FoundStatement["speaker"] {
    if (this.sentenceSubject) return { ...this.sentenceSubject, implicit: true };
    return this.lastSpeaker ? { ...this.lastSpeaker, implicit: true } : null;
  }

  /** Skips a medium phrase («في بيان نشره على قناته في "تلغرام"»، «عبر حسابه في "إكس"») from `j`. */
  private skipChannel(j: number, last: number): number {
    let k = j;
    while (k <= last) {
      const t = this.tokens[k];
      if (!t) break;
      if (isComma(t) || isPunct(t, ":")) break;
      if (isQuoteMark(t)) {
        const q = this.model.quoteAt.get(k);
        if (!q || q.close === -1 || q.words > 3) break;
        k = q.close + 1;
        continue;
      }
      // «في بيان نقلته وكالة فرانس برس»: the medium's own verb is part of the setting.
      if (t.kind === "word" && (CONTENT_OPENERS.has(t.key) || (isVerbLike(t) && !ISSUED.has(t.key)))) break;
      // «في بيان سقوط 22 صاروخاً»، «في البداية عدم وجود إصابات»: the object after the setting;
      // «في آخر حصيلة لها» is the setting itself.
      if (t.kind === "word" && k > j + 1 && readAs(t, OBJECT_MASDARS) && !LATEST.has(this.tokens[k - 1]?.key ?? ""))
        break;
      // («خلال مؤتمر صحفي بالرياض:»: a place right before the colon is part of the setting.)
      if (
        t.kind === "word" &&
        k > j &&
        /^[وف]?ب/u.test(t.key) &&
        !CHANNEL_NOUNS.has(bareKey(t.key)) &&
        !CHANNEL_NOUNS.has(withoutPossessive(bareKey(t.key))) &&
        !(/^ب(?:ال)?/u.test(t.key) && isPunct(this.tokens[k + 1], ":"))
      )
        break;
      if (t.kind === "word" && k > j && t.key === ILA) break;
      k++;
      if (k - j > 14) break;
    }
    return k;
  }

  private channelIn(from: number, to: number): (Found & { name: string }) | null {
    let noun: (Found & { name: string }) | null = null;
    for (let k = from; k < to; k++) {
      const t = this.tokens[k];
      if (t?.kind !== "word") continue;
      const named = PLATFORMS.get(stripConj(t.key)) ?? OUTLETS.get(stripConj(t.key)) ?? outletAfterLam(t);
      if (named) {
        const r = trimRange(this.text, t.start, t.end, QUOTE_TRIM);
        const lam = /^[وف]?ل/u.test(t.key) && !PLATFORMS.has(stripConj(t.key)) && !OUTLETS.has(stripConj(t.key));
        const lamBare = stripConj(t.key);
        const lamCut = t.key.length - lamBare.length + (lamBare.startsWith("لل") ? 2 : 1);
        const start = lam ? (t.charStarts[lamCut] ?? r.start) : r.start;
        // «لوكالة فرانس برس»: the agency's name follows the noun.
        let end = r.end;
        if (lam && named === "agency") {
          for (let n = k + 1; n < Math.min(to, k + 4); n++) {
            const w = this.tokens[n];
            if (w?.kind !== "word" || CONTENT_OPENERS.has(w.key) || isVerbLike(w) || CHANNEL_STARTERS.has(w.key)) break;
            end = w.end;
          }
        }
        return { start, end, name: this.text.slice(start, end) };
      }
      const lamEnd = lamChannelEnd(this.model, k, to + 1);
      if (lamEnd > 0 && lamEnd <= to + 1) {
        // «للحرة»، «لصحيفة الصباح»: the outlet without its ل.
        const bare = stripConj(t.key);
        const cut = t.key.length - bare.length + (bare.startsWith("لل") ? 2 : 1);
        const start = bare === "ل" ? (this.tokens[k + 1]?.start ?? t.start) : (t.charStarts[cut] ?? t.start);
        const endTok = this.tokens[lamEnd - 1];
        const r = trimRange(this.text, start, endTok?.end ?? t.end, QUOTE_TRIM);
        return { start: r.start, end: r.end, name: this.text.slice(r.start, r.end) };
      }
      if (!noun && CHANNEL_NOUNS.has(bareKey(t.key))) {
        const adj = this.tokens[k + 1];
        const isAdjective =
          adj?.kind === "word" && adj.key.length >= 4 && /(?:ي|يه)$/u.test(adj.key) && !/^ال/u.test(adj.key);
        const end = isAdjective && adj && k + 1 < to ? adj.end : t.end;
        const start = conjSkip(t);
        noun = { start, end, name: this.text.slice(start, end) };
      }
    }
    return noun;
  }

  /** The identity word closing an aside («مشترطاً عدم كشف اسمه») that starts at `j`, or -1. */
  private identityAsideEnd(j: number, last: number): number {
    for (let k = j; k <= Math.min(last, j + 6); k++) {
      const t = this.tokens[k];
      if (t?.kind !== "word" || CONTENT_OPENERS.has(t.key)) return -1;
      if (readAs(t, IDENTITY_WORDS)) return withholdingReasonEnd(this.model, k, last);
    }
    return -1;
  }

  /** «لوكالة فرانس برس إن …»، «لوكالة الأنباء العراقية:»: skips the outlet's name after ل + outlet. */
  private afterOutletName(j: number, last: number): number {
    // «لوكالة "رويترز" مقتل …»: the agency's quoted name, not a quotation of what was said.
    const quoteEnd = shortQuoteEnd(this.model, j + 1, last);
    if (quoteEnd > 0) return quoteEnd + 1;
    // «لقناة ال بي سي الإخبارية اللبنانية بأن …»: a name of several words, up to seven.
    for (let k = j + 1; k <= Math.min(last, j + 7); k++) {
      const t = this.tokens[k];
      if (!t || isComma(t) || isPunct(t, ":") || isQuoteMark(t)) return k;
      if (t.kind === "word" && (CONTENT_OPENERS.has(t.key) || isVerbLike(t))) return k;
      if (k > j + 4) continue;
      // «لوكالة الأنباء الألمانية مقتل ثلاثة»: the verb's object (an event noun) follows the agency's name.
      if (t.kind === "word" && k > j + 1 && readAs(t, OBJECT_MASDARS)) return k;
    }
    // «… بحسب ما أكد مصدر أمني لوكالة فرانس برس.»: the outlet ends the sentence.
    return j + 4 >= last ? last + 1 : j + 1;
  }

  /** Where the content starts after a verb (and its speaker), or -1. */
  private contentStart(from: number, info: VerbInfo, sentence: Sentence): { at: number; channelTo: number } {
    const last = sentence.last;
    let j = from;
    while (j <= last) {
      const t = this.tokens[j];
      if (!t) break;
      if (isComma(t) || isPunct(t, "-")) {
        j++;
        continue;
      }
      if (isPunct(t, ":")) return { at: j + 1, channelTo: j };
      if (isQuoteMark(t)) {
        const q = this.model.quoteAt.get(j);
        if (q && (q.words >= 2 || q.close === -1)) return { at: j, channelTo: j };
        if (q && info.object) return { at: j, channelTo: j };
        if (q && q.close !== -1) {
          j = q.close + 1;
          continue;
        }
        return { at: -1, channelTo: j };
      }
      // «(الجمعة)»، «(البنتاغون)»، «(طلب عدم نشر اسمه كونه غير مخول بالتصريح)»: a bracketed aside.
      if (isPunct(t, "(")) {
        let close = j + 1;
        while (close <= Math.min(last, j + BRACKETED_ASIDE) && !isPunct(this.tokens[close], ")")) close++;
        if (close <= Math.min(last, j + BRACKETED_ASIDE)) {
          j = close + 1;
          continue;
        }
      }
      // «قوله إن …» after a chain's source and its asides.
      if (readAs(t, QAWL)) {
        j++;
        continue;
      }
      // «قال … هذا الشهر إن»، «الأسبوع الماضي»: a time phrase between the speaker and what was said.
      const timeEnd = this.timePhraseEnd(j);
      if (timeEnd > j) {
        j = timeEnd;
        continue;
      }
      // «الأربعاء 8 يناير 2020»: a date between the speaker and what was said.
      if (t.kind === "num" || readAs(t, MONTHS) !== null) {
        j++;
        continue;
      }
      if (t.kind !== "word") return { at: -1, channelTo: j };
      const key = t.key;
      if (CONTENT_OPENERS.has(key)) return { at: j, channelTo: j };
      if (key === ALA && CONTENT_OPENERS.has(this.tokens[j + 1]?.key ?? "")) return { at: j + 1, channelTo: j };
      if (info.ila && key === ILA) return { at: j, channelTo: j };
      if (info.an && key === "عن") return { at: j, channelTo: j };
      if (info.min && key === "من" && CONTENT_OPENERS.has(this.tokens[j + 1]?.key ?? ""))
        return { at: j, channelTo: j };
      if (outletAfterLam(t)) {
        j = this.afterOutletName(j, last);
        continue;
      }
      // «قال لـ CNN إن …»: an outlet written in Latin letters after a detached ل.
      if (/^[وف]?ل$/u.test(key) && this.tokens[j + 1]?.kind === "latin") {
        j += 2;
        while (this.tokens[j]?.kind === "latin") j++;
        continue;
      }
      const lamEnd = lamChannelEnd(this.model, j, last);
      if (lamEnd > 0) {
        j = lamEnd;
        continue;
      }
      // «مشترطاً عدم كشف اسمه»، «تحدث شريطة عدم الكشف عن هويته»: an aside hiding the speaker's name.
      const hidden = this.identityAsideEnd(j, last);
      if (hidden > 0) {
        j = hidden + 1;
        continue;
      }
      if (isSkippable(t)) {
        j++;
        continue;
      }
      // «من جهته»، «من جانبه»: an aside.
      if (key === "من" && readAs(this.tokens[j + 1], ASIDE_NOUNS)) {
        j += 2;
        continue;
      }
      // «، وهي الجهة الرسمية …،»: a parenthesis about the speaker.
      // («وقال X، وهو متحدث باسم الشرطة: …»: the parenthesis ends at a colon too.)
      if (["وهي", "وهو", "وهم", "وهما"].includes(key)) {
        let c = j + 1;
        while (c <= last && !isComma(this.tokens[c]) && !isPunct(this.tokens[c], ":")) c++;
        j = isPunct(this.tokens[c], ":") ? c : c + 1;
        continue;
      }
      // «وأفاد مصدر أمني وكالة فرانس برس أن …»: the agency told, right after the speaker.
      if (j === from && isMediaHead(t)) {
        const k = this.afterOutletName(j, last);
        if (CONTENT_OPENERS.has(this.tokens[k]?.key ?? "")) {
          j = k;
          continue;
        }
      }
      if (key === "في" && this.tokens[j + 1]?.kind === "word" && ["حين", "وقت"].includes(this.tokens[j + 1]?.key ?? ""))
        return { at: -1, channelTo: j };
      // «وأضاف الوزير، في تصريح صحفي عقب زيارة … المصابين، أن …»: an aside between commas, then what was said.
      const asideEnd = isComma(this.tokens[j - 1]) ? this.commaAsideEnd(j, last, info) : -1;
      if (asideEnd > 0) {
        j = asideEnd + 1;
        continue;
      }
      if (CHANNEL_STARTERS.has(key) || readAsVerb(t, PUBLISHED)) {
        j = this.skipChannel(j, last);
        continue;
      }
      if (info.bi && /^[وف]?ب/u.test(key) && key.length > 2) return { at: j, channelTo: j };
      if (info.bi && key === "ب") return { at: j, channelTo: j };
      if (info.object && !isVerbLike(t) && !readAs(t, CLAUSE_BREAKS)) return { at: j, channelTo: j };
      return { at: -1, channelTo: j };
    }
    return { at: -1, channelTo: j };
  }

  /**
   * The closing comma of an aside that opens at `j` (after a comma) and is followed by what was said
   * («، أن …»، «، بأن …» for verbs that take ب), within 25 tokens; -1 when what was said starts inside it.
   */
  private commaAsideEnd(j: number, last: number, info: VerbInfo): number {
    for (let k = j; k <= Math.min(last, j + 25); k++) {
      const t = this.tokens[k];
      if (!t || isPunct(t, ".", ":", "؛") || isQuoteMark(t)) return -1;
      if (t.kind === "word" && CONTENT_OPENERS.has(t.key)) return -1;
      if (!isComma(t) || k === j) continue;
      const next = this.tokens[k + 1];
      if (next?.kind !== "word") return -1;
      if (CONTENT_OPENERS.has(next.key) || (info.bi && /^[وف]?بان$/u.test(next.key))) return k;
      return -1;
    }
    return -1;
  }

  /**
   * «أفادت (الوكالة الوطنية للإعلام) اللبنانية أن …»: a subject in brackets right after the verb, its
   * nisba after the closing bracket; what was said follows it.
   */
  private bracketedSubject(at: number, info: VerbInfo, sentence: Sentence): NounPhrase | null {
    if (!isPunct(this.tokens[at], "(")) return null;
    const np = nounPhraseAt(this.model, at + 1, { verb: info, last: sentence.last });
    if (!np || !isPunct(this.tokens[np.next], ")")) return null;
    let next = np.next + 1;
    const nisba = this.tokens[next];
    if (nisba?.kind === "word" && isNisba(nisba.key) && nisba.key.startsWith("ال")) next++;
    return { ...np, next };
  }

  /** After «هذا الشهر»، «الأسبوع الماضي»، «هذه الليلة» starting at `j`: the next token's index, or `j`. */
  private timePhraseEnd(j: number): number {
    if (isTimePhrase(this.tokens[j], this.tokens[j + 1])) return j + 2;
    // «أعلنت قبيل هذا الهجوم عن …»، «قالت عقب الهجوم إن …»: before or after the happening, not a speaker.
    const when = this.tokens[j];
    if (when?.kind === "word" && HAPPENING_TIMES.has(when.key)) {
      const next = this.tokens[j + 1];
      const third = this.tokens[j + 2];
      if (next?.kind === "word" && DEMONSTRATIVES.has(next.key) && third?.kind === "word" && isDefinite(third.key))
        return j + 3;
      if (next?.kind === "word" && isDefinite(next.key) && readAs(next, ATTACK_NOUNS)) return j + 2;
    }
    // «وكان الوزير قد قال قبل ذلك إن …»: before or after that.
    if (readAs(when, BEFORE_OR_AFTER) !== null && this.tokens[j + 1]?.key === toKey("ذلك")) return j + 2;
    // «حسبما ذكرت الاثنين (20 كانون ثاني/يناير 2020) مصادر طبية»: the day's date in brackets.
    if (isPunct(this.tokens[j], "(")) {
      let k = j + 1;
      let month = false;
      let number = false;
      while (k <= j + 8 && !isPunct(this.tokens[k], ")")) {
        const t = this.tokens[k];
        if (t?.kind === "num") number = true;
        else if (readAs(t, MONTHS) !== null) month = true;
        else if (!isPunct(t, "/", "-", "،", ",") && !(t?.kind === "word" && /^(?:ثاني|اول|الثاني|الاول)$/u.test(t.key)))
          return j;
        k++;
      }
      if (month && number && isPunct(this.tokens[k], ")")) return k + 1;
    }
    // «يوم الجمعة»
    if (this.tokens[j]?.key === "يوم" && readAs(this.tokens[j + 1], WEEKDAYS) !== null) return j + 2;
    // «مساء هذا الخميس»، «صباح هذا اليوم»: a part of the day, «this», then the day.
    if (
      PARTS_OF_DAY.has(this.tokens[j]?.key ?? "") &&
      ["هذا", "هذه"].includes(this.tokens[j + 1]?.key ?? "") &&
      (readAs(this.tokens[j + 2], WEEKDAYS) !== null || isTimePhrase(this.tokens[j + 1], this.tokens[j + 2]))
    )
      return j + 3;
    // «في وقت سابق (من اليوم)»، «في وقت لاحق»: earlier or later, not «في وقت» (while).
    const t = this.tokens[j];
    if (
      t?.kind === "word" &&
      t.key === "في" &&
      this.tokens[j + 1]?.key === "وقت" &&
      readAs(this.tokens[j + 2], EARLIER_LATER)
    ) {
      let k = j + 3;
      if (this.tokens[k]?.key === "من" && (isSkippable(this.tokens[k + 1]) || this.tokens[k + 1]?.key === "يوم"))
        k += 2;
      return k;
    }
    return j;
  }

  /** The last token of content starting at `at`: the clause end, or the closing mark of a quotation. */
  private contentEnd(at: number, sentence: Sentence): number {
    const first = this.tokens[at];
    const opener =
      first && isQuoteMark(first)
        ? at
        : isQuoteMark(this.tokens[at + 1]) && first?.kind === "word" && CONTENT_OPENERS.has(first.key)
          ? at + 1
          : -1;
    const quote = opener >= 0 ? this.model.quoteAt.get(opener) : undefined;
    let last = sentence.last;
    let insideUntil = -1;
    if (quote) {
      insideUntil = quote.close === -1 ? this.lastTokenBefore(quote.end) : quote.close;
      // Direct speech is the quotation itself: «مضيفا "سنجعلهم يندمون" عليها …».
      if (opener === at && quote.close !== -1) return quote.close;
      if (insideUntil > last) last = insideUntil;
    }
    const reported =
      first !== undefined && (isQuoteMark(first) || (first.kind === "word" && CONTENT_OPENERS.has(first.key)));
    for (let k = at + 1; k <= last; k++) {
      if (k <= insideUntil) continue;
      const t = this.tokens[k];
      const next = this.tokens[k + 1];
      // «إن 6 قتلوا، لكن العدد ليس نهائياً»: a «لكن» that qualifies what was said belongs to it.
      if (reported && this.qualifiesSaid(isComma(t) ? k + 1 : k, last)) {
        if (isComma(t)) k++;
        continue;
      }
      // «لكن العدد "ليس نهائياً، لكنه رقم رسمي"»: what a quotation inside the content says does not end it.
      if (reported && isQuoteMark(t)) {
        const q = this.model.quoteAt.get(k);
        if (q && q.open === k && q.close > k && q.close <= last) {
          k = q.close;
          continue;
        }
      }
      if (isComma(t) && next) {
        if (
          readAsVerb(next, PARTICIPLES) ||
          readAsVerb(next, DIRECTIVE_PARTICIPLES) ||
          readAs(next, CLAUSE_BREAKS) ||
          readAs(next, ATTRIBUTION_MARKERS)
        )
          return k - 1;
        if (next.kind === "word" && next.key === "في" && ["حين", "وقت"].includes(this.tokens[k + 2]?.key ?? ""))
          return k - 1;
        if (next.kind === "word" && ["كما", "وكما"].includes(next.key)) return k - 1;
        // «وفي حين أفاد مصدر بوقوع 35 قتيلاً، رجحت مصادر أخرى …»: the main clause's own verb of saying.
        if (unambiguousSaying(next) && readAsVerb(next, REPORTING_VERBS)?.prefixLen === 0) return k - 1;
      }
      // «وقوع 80 قتيلاً في الهجوم الذي قالت الوكالة إنه …»: a relative clause that reports again is the narrator's.
      if (t?.kind === "word" && k - at >= 4 && RELATIVES.has(t.key) && unambiguousSaying(next)) return k - 1;
      if (t?.kind === "word") {
        if (readAs(t, CLAUSE_BREAKS) && t.key !== "حين" && t.key !== "وقت") return k - 1;
        if (readAsVerb(t, PARTICIPLES)) return k - 1;
        // («وصفها»: a root و is no conjunction.)
        if (readAsVerb(t, REPORTING_VERBS)?.prefixLen === 1 && !NEGATIONS.has(this.tokens[k - 1]?.key ?? ""))
          return k - 1;
        if (readAsVerb(t, DIRECTIVE_PARTICIPLES)) return k - 1;
      }
    }
    return last;
  }

  /**
   * Whether the «لكن» at `k` opens a clause that goes on with what was said: a bare «لكن / ولكن»
   * (not «لكنه»، whose pronoun may be the speaker) followed by no verb of saying before the clause ends.
   */
  private qualifiesSaid(k: number, last: number): boolean {
    const t = this.tokens[k];
    if (t?.kind !== "word" || (t.key !== "لكن" && t.key !== "ولكن")) return false;
    const next = this.tokens[k + 1];
    if (next?.kind !== "word" || NEGATIONS.has(next.key) || isVerbLike(next)) return false;
    for (let j = k + 1; j <= last; j++) {
      const w = this.tokens[j];
      if (isComma(w) || isPunct(w, ".", "؛", ";")) break;
      if (isVerbLike(w) || readAs(w, ATTRIBUTION_MARKERS)) return false;
    }
    return true;
  }

  /**
   * Records a statement. `establishes`: whether its speaker becomes the one later verbs without a
   * subject refer to; headlines and captions (present tense, «X: …») do not interrupt the story's
   * speaker.
   */
  private add(
    content: { first: number; last: number },
    speaker: FoundStatement["speaker"],
    verb: Tok | null,
    channel: FoundStatement["channel"],
    establishes = true,
  ): void {
    let r = this.tokRange(content.first, content.last, " \n\t،,.:؛;");
    const first = this.tokens[content.first];
    const lastTok = this.tokens[content.last];
    // A content that is exactly one quotation is stored without its marks.
    const q =
      first && isQuoteMark(first)
        ? this.model.quotes.find((x) => x.open === content.first && x.close === content.last)
        : undefined;
    if (q && lastTok) r = trimRange(this.text, q.start, q.end, " \n\t");
    if (first?.kind === "word" && r.start === first.start) r = { start: conjSkip(first), end: r.end };
    if (r.end <= r.start) return;
    const verbRange = verb ? this.verbRange(verb) : null;
    this.out.push({ rule: this.rule, content: r, speaker, verb: verbRange, channel });
    if (speaker && establishes) this.lastSpeaker = { ...speaker, implicit: false };
  }

  private verbRange(verb: Tok): Found {
    const reading = reportingVerb(verb) ?? readAsVerb(verb, PARTICIPLES) ?? readAs(verb, ATTRIBUTION_MARKERS);
    const prefix = reading?.prefixLen ?? 0;
    return { start: verb.charStarts[prefix] ?? verb.start, end: verb.end };
  }

  /** Content before a post-posed attribution: from the clause start to the comma before `k`. */
  private contentBefore(k: number, sentence: Sentence): { first: number; last: number } | null {
    let cut = k - 1;
    while (cut >= sentence.first) {
      const t = this.tokens[cut];
      if (isComma(t) || (t?.kind === "word" && ["كما", "وكما", "حسبما", "بحسب", "حسب", "ما"].includes(t.key))) cut--;
      else break;
    }
    let first = sentence.first;
    // A dateline «بغداد:» or «واشنطن -» is not part of what was said.
    for (let j = sentence.first; j <= Math.min(cut, sentence.first + 3); j++) {
      if (isPunct(this.tokens[j], ":", "-", "—") && j - sentence.first <= 2) first = j + 1;
    }
    if (cut - first < 1) return null;
    return { first, last: cut };
  }

  private restIsEmpty(from: number, sentence: Sentence): boolean {
    for (let j = from; j <= sentence.last; j++) {
      const t = this.tokens[j];
      // «…، كما أعلنت الشرطة، وهو الأكثر دموية منذ …»: a remark on what was told, after a comma.
      if (isComma(t) && readAs(this.tokens[j + 1], REMARK_OPENERS)) return true;
      if (!t || t.kind === "punct") continue;
      if (isSkippable(t)) continue;
      // «لوكالة فرانس برس» to the end: a channel, nothing said after it.
      if (outletAfterLam(t)) return this.afterOutletName(j, sentence.last) > sentence.last;
      if (t.kind === "word" && (t.key === "في" || t.key === "وقت" || t.key === "سابق")) continue;
      // «لـCNN»: an outlet in Latin letters after ل.
      if (t.kind === "latin" || (t.kind === "word" && /^[وف]?ل$/u.test(t.key) && this.tokens[j + 1]?.kind === "latin"))
        continue;
      return false;
    }
    return true;
  }

  private verbAt(v: number, sentence: Sentence): void {
    const verb = this.tokens[v];
    if (!verb) return;
    const reading = reportingVerb(verb, this.tokens[v - 1]);
    const info = reading ? REPORTING_VERBS.get(reading.base) : undefined;
    if (!reading || !info) return;
    const prev = this.tokens[v - 1];
    // «عدم كشف هويته»: a verbal noun, not a verb.
    if (prev?.kind === "word" && prev.key === "عدم") return;
    // «بحسب ما ذكر»، «كما ذكر»: ما after a marker is relative, not a negation.
    const relativeMa =
      prev?.kind === "word" &&
      stripConj(prev.key) === "ما" &&
      (readAs(this.tokens[v - 2], ATTRIBUTION_MARKERS) !== null ||
        ["كما", "وكما", "مثل", ALA].includes(this.tokens[v - 2]?.key ?? ""));
    // «فيما لم كشفت مصادر»: لم before a past form is a slip, not a negation.
    const slip = prev?.kind === "word" && /^[وف]?لم$/u.test(prev.key) && !/^[يتن]/u.test(reading.base);
    const negated = prev?.kind === "word" && NEGATIONS.has(prev.key) && !relativeMa && !slip;
    // «لتعلن عن ارتفاع العدد»: a purpose ل makes the present form an announcement.
    const purposed = /^[وف]?ل/u.test(verb.kind === "word" ? verb.key : "") && reading.prefixLen > 0;
    if (info.negatedOnly && !negated && !purposed) return;
    // «الشرطة تعلن …»، «يرجح أن …»: a present form of a verb that usually follows its subject.
    const presentSvo = info.svo === true && /^[يت]/u.test(reading.base);
    // «نفى مصدر ما تناقلته وسائل الإعلام …»: what another verb of saying took as its object, not a statement.
    if (prev?.kind === "word" && prev.key === "ما" && /ه$/u.test(verb.kind === "word" ? verb.key : "")) {
      for (let k = v - 2; k >= Math.max(sentence.first, v - 6); k--) {
        const t = this.tokens[k];
        if (t?.kind !== "word") break;
        if (reportingVerb(t) !== null) return;
      }
    }
    // «قبل أن يعلن الجيش الانسحاب»: a present form after أن tells what was done, not what was said.
    if (presentSvo && prev?.kind === "word" && stripConj(prev.key) === ANNA) return;
    const affirmedByNegation = AFFIRMED_WHEN_NEGATED.has(reading.base);
    if (affirmedByNegation && !negated) return;
    if (info.chain) {
      this.rule = "statement.chain";
      this.chainAt(v, sentence);
      return;
    }

    let after = v + 1;
    for (;;) {
      // «قد أعلن الأسبوع الماضي، ارتفاع …»: a time phrase is not the speaker («الليلة الماضية» whole,
      // before «ليلة» alone is skipped as a filler).
      if (this.timePhraseEnd(after) > after) {
        after = this.timePhraseEnd(after);
        while (isComma(this.tokens[after])) after++;
      } else if (isSkippable(this.tokens[after])) after++;
      else break;
    }
    const npAfter =
      this.bracketedSubject(after, info, sentence) ??
      nounPhraseAt(this.model, after, { verb: info, last: sentence.last });
    const npBefore = this.subjectBefore(v, sentence);
    // Verb first is the rule; a subject before the verb counts when nothing after it can be one,
    // or when the verb is a present form and what follows it is already the content.
    const vsoWorks = npAfter !== null && (this.contentStart(npAfter.next, info, sentence).at >= 0 || !info.svo);
    const np = vsoWorks ? npAfter : (npBefore ?? npAfter);
    const subjectAfter = np !== null && np === npAfter;
    if (info.svoOnly && !negated && !purposed && (np === null || subjectAfter)) return;
    // «أعلن التنظيم مسؤوليته عن التفجير الذي …»: a claim of responsibility is no statement; its
    // subject is still who the sentence is about («… وقالت إن …»).
    const claimAt = HAMMALA_VERBS.has(reading.base)
      ? -1
      : this.responsibilityAt(v + 1, Math.min(sentence.last, v + 20));
    if (claimAt >= 0 && !this.claimsAFigure(claimAt, sentence.last)) {
      const subject =
        np && subjectAfter ? (claimAt > np.first ? { ...np, last: Math.min(np.last, claimAt - 1) } : null) : np;
      if (subject) this.sentenceSubject = this.makeSpeaker(subject).speaker;
      return;
    }
    // «وكانت حصيلة أولية تحدثت عن مقتل …»: a toll that «speaks» is what the figures rest on, not a speaker;
    // «وصفت جروح بعضهم بالخطرة»: wounds described, nobody speaking.
    const headKey = bareKey(stripConj(this.tokens[np?.first ?? -1]?.key ?? ""));
    if (np && (TOLL_NOUNS.has(headKey) || WOUND_HEADS.has(headKey))) return;
    // «وتشير التقديرات / المعلومات إلى …»: what the figures rest on, not someone who speaks.
    // «عادت الوكالة لتشير إلى …»: after a purpose ل the present form reports, its subject before it.
    const indicator = np !== null && INDICATORS.has(bareKey(stripConj(this.tokens[np.first]?.key ?? "")));
    if (info.vsoOnly && (indicator || (!subjectAfter && !purposed))) return;

    if (negated && !affirmedByNegation) {
      if (np) this.sentenceSubject = this.makeSpeaker(np).speaker;
      return;
    }
    // «العملية التي وصفها بـ"الموفقة"»: with no subject after it, the relative's antecedent is what was
    // described, not who speaks («التي وصفها مسؤولون بأنها …» has its speaker after the verb).
    if (!vsoWorks && prev?.kind === "word" && RELATIVES.has(prev.key) && DESCRIBED_IT.has(reading.base)) return;
    // «… الرئيس دونالد ترامب الذي نفى وقوع إصابات»: the relative's antecedent is the speaker.
    const antecedent =
      !vsoWorks && prev?.kind === "word" && RELATIVES.has(prev.key) ? this.antecedentBefore(v - 1, sentence) : null;
    // «ما يرفع الحصيلة الأولية التي تحدثت عن أربعة قتلى»: a toll told of, nobody speaking.
    if (antecedent && isBasis(this.tokens[antecedent.first])) return;
    // «أول من أعلن عن …»: a relative with no subject of its own says nothing.
    if (!np && !antecedent && prev?.kind === "word" && WHO_WHAT.has(prev.key)) return;

    // «في تفجير سيارة يرجح أن انتحارياً يقودها»: a present form with no subject is impersonal (it is thought).
    const thatNext = this.tokens[v + 1]?.kind === "word" && CONTENT_OPENERS.has(this.tokens[v + 1]!.key);
    if (presentSvo && !np && !antecedent && thatNext) return;
    let speaker: FoundStatement["speaker"];
    let channel: FoundStatement["channel"] = null;
    if (antecedent) {
      speaker = this.makeSpeaker(antecedent).speaker;
    } else if (np) {
      const made = this.makeSpeaker(np);
      speaker = made.speaker;
      channel = made.channel;
    } else {
      speaker = this.implicitSpeaker();
    }
    let from = subjectAfter && np ? np.next : v + 1;

    // «وأبلغ السوداني، وفقاً لبيان أصدرته وزارة الدفاع …»: the noun after أبلغ is the addressee.
    if (info.addressee && np && subjectAfter) {
      let m = np.next;
      while (isComma(this.tokens[m])) m++;
      if (readAs(this.tokens[m], ATTRIBUTION_MARKERS)) {
        const source = this.markerSource(m, sentence);
        if (source) {
          this.consumed.add(m);
          const made = this.makeSpeaker(source.np);
          speaker = made.speaker;
          channel = made.channel ?? channel;
          // What was said follows the source's phrase («… عن الاتصال الهاتفي "تحتفظ …"»).
          let q = source.np.next;
          while (q <= sentence.last && !isQuoteMark(this.tokens[q]) && !CONTENT_OPENERS.has(this.tokens[q]?.key ?? ""))
            q++;
          if (q > sentence.last) return;
          const end = this.contentEnd(q, sentence);
          this.add({ first: q, last: end }, speaker, verb, channel);
          return;
        }
      }
    }

    // «أفادت وكالة رويترز نقلا عن مسؤولين أميركيين بأن …»: the outlet passes on what its source said.
    // «أكدت الوكالة، نقلا عن مصدر مسؤول، مقتل …»: between commas too.
    let naqlan = np && subjectAfter ? np.next : -1;
    while (naqlan > 0 && isComma(this.tokens[naqlan])) naqlan++;
    let restFrom = np?.next ?? v + 1;
    let passedOn = info;
    if (np && subjectAfter && stripConj(this.tokens[naqlan]?.key ?? "") === NAQLAN) {
      const source = this.markerSource(naqlan, sentence);
      if (source) {
        this.consumed.add(naqlan);
        restFrom = source.np.next;
        // What the outlet passes on may be the event itself: «أفادت الوكالة، نقلا عن مسؤول، مقتل 4».
        passedOn = { ...info, object: true };
        channel = this.channelIn(np.first, np.last + 1) ?? {
          ...this.speakerRange(np),
          name: this.text.slice(this.speakerRange(np).start, this.speakerRange(np).end),
        };
        speaker = this.makeSpeaker(source.np).speaker;
        from = source.np.next;
      }
    }

    // «كانت تحمل مادة …» (carried) is no statement; «حمّل الجيش الفصائل المسؤولية» is.
    if (HAMMALA_VERBS.has(reading.base)) {
      const obj = this.tokens[from];
      if (!readAs(obj, HAMMALA_OBJECT)) return;
    }

    const start = this.contentStart(from, passedOn, sentence);
    if (start.at > sentence.last) {
      // «وقالت الوزارة في البيان:» at the end of a line: what was said is the block below it.
      const block = this.blockAfterColon(sentence);
      if (block) this.add(block, speaker, verb, channel ?? this.channelIn(from, start.channelTo));
      return;
    }
    if (start.at < 0) {
      // «…، كما أفاد مسؤول عسكري أميركي.»: the attribution comes after what was said.
      // «قال الوزير إن …، حسبما ذكرت وكالة …»: the sentence already says who speaks; the outlet passes it on.
      const saidBefore = this.out.some(
        (s) => s.content.start >= (this.tokens[sentence.first]?.start ?? 0) && s.content.end <= (verb.start ?? 0),
      );
      if (np && subjectAfter && !saidBefore && this.restIsEmpty(restFrom, sentence) && this.postposedAt(v)) {
        const before = this.contentBefore(v, sentence);
        if (before) this.add(before, speaker, verb, channel ?? this.channelIn(np.next, sentence.last + 1));
      }
      if (np && subjectAfter) this.sentenceSubject = speaker;
      return;
    }
    const startTok = this.tokens[start.at];
    // «أعلن المتحدث، …، تبني الجماعة الهجوم»: a claim of responsibility, told by its masdar.
    if (this.tokens.slice(from, start.at + 1).some((t) => readAs(t, CLAIM_MASDARS))) {
      if (np && subjectAfter) this.sentenceSubject = speaker;
      return;
    }
    if (info.colonOrQuote && !isPunct(this.tokens[start.at - 1], ":") && !isQuoteMark(startTok)) return;
    if (
      DEATH_NOTICE_VERBS.has(reading.base) &&
      !readAs(this.tokens[isQuoteMark(startTok) ? start.at + 1 : start.at], DEATH_NOTICE_MASDARS)
    )
      return;
    if (
      info.requiresAnna &&
      !(startTok?.kind === "word" && CONTENT_OPENERS.has(startTok.key)) &&
      !(info.ila && startTok?.key === ILA && CONTENT_OPENERS.has(this.tokens[start.at + 1]?.key ?? ""))
    )
      return;
    const end = this.contentEnd(start.at, sentence);
    if (info.needsMarker && !this.hasMarker(start.at, end)) return;
    channel ??= this.channelIn(from, start.channelTo);
    const headline = presentSvo && !subjectAfter;
    // A speaker named by a relative clause is a side remark: later verbs without a subject do not refer to it.
    this.add({ first: start.at, last: end }, speaker, verb, channel, !headline && !antecedent);
  }

  /**
   * «أعلنت الجماعة مسؤوليتها عن 5 هجمات»: the claimed thing itself is a figure the group reports —
   * a number before the clause ends or a relative clause tells of it.
   */
  private claimsAFigure(from: number, last: number): boolean {
    for (let j = from + 1; j <= last; j++) {
      const t = this.tokens[j];
      // («مسؤوليتها عن هجوم استهدف حافلة قتلوا نتيجته 28»: a clause that tells of the attack, without its pronoun.)
      // («… والذي سقط فيه 58 قتيلا»: the relative with its «و».)
      if (isComma(t) || (t?.kind === "word" && (RELATIVES.has(stripConj(t.key)) || readAs(t, ATTACK_VERBS))))
        return false;
      // («مسؤوليته عن التفجير بثلاثة انتحاريين»: a number after «ب» is how it was done, not what is claimed.)
      const number = numberWord(t);
      if (number && number.prefixLen > 0 && t?.kind === "word" && t.key.startsWith("ب")) return false;
      if (t?.kind === "num" || number !== null) return true;
    }
    return false;
  }

  /** The comma closing an aside that the comma at `j` opens, its words all `inside` and up to `limit`, or -1. */
  private asideEnd(j: number, limit: number, inside: (t: Tok | undefined) => boolean): number {
    let c = j + 1;
    while (c <= limit && !isComma(this.tokens[c]) && inside(this.tokens[c])) c++;
    return c > j + 1 && isComma(this.tokens[c]) ? c : -1;
  }

  /** The first «مسؤولية / مسؤوليته …» from `from` to `to` before what is said, or -1. */
  private responsibilityAt(from: number, to: number): number {
    for (let j = from; j <= to; j++) {
      const t = this.tokens[j];
      // «تنظيم الدولة الإسلامية “داعش” مسؤوليته»: a short quoted name is part of the subject.
      const q = isQuoteMark(t) ? this.model.quoteAt.get(j) : undefined;
      if (q && q.close > j && q.words <= 3) {
        j = q.close;
        continue;
      }
      if (isComma(t)) {
        // «أعلن التنظيم، في بيان له على تويتر، مسؤوليته»: where it was announced, between commas.
        const channel = this.tokens[j + 1]?.kind === "word" && CHANNEL_STARTERS.has(this.tokens[j + 1]!.key);
        const channelEnd = channel ? this.asideEnd(j, Math.min(to, j + 15), (x) => !isPunct(x, ".")) : -1;
        if (channelEnd >= 0) {
          j = channelEnd;
          continue;
        }
        // «يعلن في بيان، تم تداوله على مواقع جهادية، مسؤوليته»: an aside between commas right before it.
        const asideEnd = this.asideEnd(
          j,
          Math.min(to, j + 12),
          (x) => !isPunct(x, ".", ":") && !isQuoteMark(x) && !(x?.kind === "word" && CONTENT_OPENERS.has(x.key)),
        );
        const after = this.tokens[asideEnd + 1];
        if (asideEnd >= 0 && after?.kind === "word" && RESPONSIBILITY.has(stripConj(after.key))) return asideEnd + 1;
        // «وأعلن تنظيم “داعش”، أمس الجمعة، المسؤولية»: the day between commas.
        const dayEnd = this.asideEnd(j, Math.min(to, j + 4), isSkippable);
        if (dayEnd >= 0) {
          j = dayEnd;
          continue;
        }
      }
      // «أعلن المتحدث باسم الحركة، ذبيح الله مجاهد المسؤولية …»: the name in apposition after a comma.
      if (isComma(t)) {
        for (let n = j + 1; n <= Math.min(to, j + 5); n++) {
          const w = this.tokens[n];
          if (w?.kind !== "word" || CONTENT_OPENERS.has(w.key)) break;
          if (RESPONSIBILITY.has(stripConj(w.key))) return n;
        }
      }
      if (isComma(t) || isQuoteMark(t) || isPunct(t, ":") || (t?.kind === "word" && CONTENT_OPENERS.has(t.key))) break;
      if (t?.kind === "word" && RESPONSIBILITY.has(stripConj(t.key))) return j;
    }
    return -1;
  }

  /**
   * The content of a statement whose colon ends its paragraph: the quotation that opens the next
   * paragraph (a short heading line before it skipped, «بيان من وزارة …»), up to its closing mark
   * a few paragraphs on; without a quotation, the next paragraph. Its tokens say nothing of their own.
   */
  private blockAfterColon(sentence: Sentence): { first: number; last: number } | null {
    const colon = this.tokens[sentence.last];
    const skipBreaks = (i: number): number => {
      let j = i;
      while (isPunct(this.tokens[j], "\n")) j++;
      return j;
    };
    let k = skipBreaks(sentence.last + 1);
    let tok = this.tokens[k];
    if (!colon || !isPunct(colon, ":") || !tok || tok.paragraph === colon.paragraph) return null;
    const paragraphEnd = (i: number): number => {
      let e = i;
      while (this.tokens[e + 1]?.paragraph === this.tokens[i]?.paragraph && !isPunct(this.tokens[e + 1], "\n")) e++;
      return e;
    };
    if (!isQuoteMark(tok)) {
      const end = paragraphEnd(k);
      const next = this.tokens[skipBreaks(end + 1)];
      if (end - k < 8 && next && isQuoteMark(next)) {
        k = next.index;
        tok = next;
      } else {
        if (end - k < 2) return null;
        this.consume(k, end);
        return { first: k, last: end };
      }
    }
    for (let j = k + 1; j < this.tokens.length; j++) {
      const t = this.tokens[j];
      if (!t || t.paragraph - tok.paragraph > 6) return null;
      if (!isQuoteMark(t)) continue;
      const after = this.tokens[j + 1];
      if (after && after.paragraph === t.paragraph && !isPunct(after, ".", "،", ",", "\n")) continue;
      if (j - k < 3) return null;
      this.consume(k, j);
      return { first: k + 1, last: j - 1 };
    }
    return null;
  }

  private consume(first: number, last: number): void {
    for (let k = first; k <= last; k++) this.consumed.add(k);
  }

  /** A verb that can follow what was said: «…، كما أفاد …»، «…، حسبما أعلن …»، «وفق حصيلة أفاد بها …». */
  private postposedAt(v: number): boolean {
    const prev = this.tokens[v - 1];
    if (isComma(prev)) return true;
    if (prev?.kind === "word" && ["كما", "وكما", "حسبما", "بحسبما", "مثلما", "ما"].includes(prev.key)) return true;
    for (let k = v - 1; k >= Math.max(0, v - 4); k--) if (readAs(this.tokens[k], ATTRIBUTION_MARKERS)) return true;
    return false;
  }

  /** «توعدت … بالاستمرار»، «متوعدة طهران بأنها …»: a ب-phrase or أن within the first words. */
  private hasMarker(first: number, last: number): boolean {
    for (let k = first; k <= Math.min(last, first + 3); k++) {
      const t = this.tokens[k];
      if (t?.kind !== "word") continue;
      if (CONTENT_OPENERS.has(t.key) || /^[وف]?ب/u.test(t.key) || HAMMALA_OBJECT.has(t.key) || t.key === "عن")
        return true;
    }
    return false;
  }

  /** «نقلت وكالة رويترز عن مصدر طبي قوله إن …». */
  private chainAt(v: number, sentence: Sentence): void {
    const verb = this.tokens[v];
    if (!verb) return;
    let an = -1;
    for (let k = v + 1; k <= Math.min(sentence.last, v + 12); k++) {
      const t = this.tokens[k];
      if (t?.kind === "word" && t.key === "عن") {
        an = k;
        break;
      }
      if (t?.kind === "word" && CONTENT_OPENERS.has(t.key)) break;
    }
    if (an < 0) return;
    const outlet = nounPhraseAt(this.model, v + 1, { last: an - 1 });
    // «نقل مراسل عن مصدر أمني سقوط 3 صواريخ»: what was said may be a verbal noun after the source.
    const source = nounPhraseAt(this.model, an + 1, { last: sentence.last, verb: { object: true, bi: true } });
    if (!source) return;
    const { speaker } = this.makeSpeaker(source);
    let from = source.next;
    while (readAs(this.tokens[from], QAWL) || isComma(this.tokens[from])) from++;
    const channel = outlet
      ? (this.channelIn(outlet.first, outlet.last + 1) ?? { ...this.speakerRange(outlet), name: "" })
      : null;
    if (channel && channel.name === "") channel.name = this.text.slice(channel.start, channel.end);
    let start = this.contentStart(from, { bi: true }, sentence);
    if (start.at < 0 && readAs(this.tokens[start.channelTo], OBJECT_MASDARS))
      start = { at: start.channelTo, channelTo: start.channelTo };
    if (start.at < 0) {
      // «…، وفق ما نقلته وكالة رويترز عن مسؤولين أميركيين.»: the chain follows what was said.
      if (this.restIsEmpty(source.next, sentence) && this.postposedAt(v)) {
        const before = this.contentBefore(v, sentence);
        if (before) this.add(before, speaker, verb, channel);
      }
      return;
    }
    const end = this.contentEnd(start.at, sentence);
    this.add({ first: start.at, last: end }, speaker, verb, channel);
  }

  /** The source named after an attribution marker (the ل of «وفقا لـ», «نقلا عن», «على لسان» skipped). */
  private markerSource(m: number, sentence: Sentence): { np: NounPhrase; first: number } | null {
    let k = m + 1;
    const marker = this.tokens[m];
    if (marker?.kind === "word" && marker.key === ALA) k = m + 2;
    while (k <= sentence.last) {
      const t = this.tokens[k];
      if (t?.kind === "word" && (t.key === "ل" || t.key === "عن" || t.key === "ما")) k++;
      // «طبقا لما ذكرته وكالة دوغان»: «لما» and the verb that carries what was said, then the source.
      else if (t?.kind === "word" && t.key === "لما" && reportingVerb(this.tokens[k + 1], t)) k += 2;
      else break;
    }
    const np = nounPhraseAt(this.model, k, { last: sentence.last, lamGlued: marker !== undefined && takesLam(marker) });
    return np ? { np, first: k } : null;
  }

  private markerAt(m: number, sentence: Sentence): void {
    const marker = this.tokens[m];
    if (!marker) return;
    // «حسبما أعلن …»، «بحسب ما ذكرت …»: the verb carries the statement.
    const nextTok = this.tokens[m + 1];
    if (stripConj(marker.key).endsWith("ما") || (nextTok?.kind === "word" && nextTok.key === "ما")) return;
    const source = this.markerSource(m, sentence);
    if (!source) return;
    const { np } = source;
    // «وفق حصيلة أفاد بها المسؤول»: a verb after the source names the speaker itself.
    const afterSource = this.tokens[np.last + 1];
    if (afterSource?.kind === "word" && readAsVerb(afterSource, REPORTING_VERBS)) return;
    // «وفق حصيلة أولية»، «بحسب تقديرات»: a basis with nobody named is no speaker («حصيلة لوزارة الصحة» names one).
    const head = this.tokens[np.first];
    if (isBasis(head)) {
      let named = false;
      for (let j = np.first + 1; j <= np.last; j++) {
        const t = this.tokens[j];
        if (t?.kind === "word" && !/(?:ي|يه|يين|يات)$/u.test(t.key)) named = true;
      }
      if (!named) return;
    }
    const author = this.relayedBy(np, sentence) ?? this.pastBasis(np);
    const made = this.makeSpeaker(author);
    const speaker =
      author !== np ? this.cutLam(made.speaker, author.first) : this.withoutLam(made.speaker, np.first, marker);
    const channel = made.channel ?? this.channelIn(np.first, np.last + 1);

    let atStart = true;
    for (let j = sentence.first; j < m; j++) {
      const t = this.tokens[j];
      if (t?.kind === "word" || t?.kind === "num") atStart = false;
    }
    let after = np.next;
    while (isComma(this.tokens[after])) after++;
    const endsSentence = this.restIsEmpty(np.last + 1, sentence);

    if (atStart) {
      if (after > sentence.last) return;
      const end = this.contentEnd(after, sentence);
      this.add({ first: after, last: end }, speaker, marker, channel);
    } else if (
      this.out.some(
        (s) => s.content.start >= (this.tokens[sentence.first]?.start ?? 0) && s.rule !== "statement.marker",
      )
    ) {
      // «وقال مصدر إن … ، بحسب إحصاء أولي»: the sentence already says who speaks; the marker names a basis.
      return;
    } else if (endsSentence) {
      const before = this.contentBefore(m, sentence);
      if (before) this.add(before, speaker, marker, channel);
    } else {
      // «واستهدفت الضربات، حسب بيان لوزارة الدفاع الأمريكية، “ثلاث منشآت …”»: the whole sentence.
      const end = this.contentEnd(after, sentence);
      const first = sentence.first;
      this.add({ first, last: end }, speaker, marker, channel);
    }
  }

  /**
   * «بحسب حصيلة جديدة بثها الجمعة التلفزيون الإيراني»، «وفق حصيلة أولية أوردتها وكالة الأنباء»: a
   * basis whose own verb (its object the basis) names who gave it — the subject after the verb and its day.
   */
  private relayedBy(np: NounPhrase, sentence: Sentence): NounPhrase | null {
    if (!isBasis(this.tokens[np.first])) return null;
    for (let j = np.first + 1; j <= Math.min(np.last + 1, np.first + 3); j++) {
      const t = this.tokens[j];
      if (t?.kind !== "word" || !REPORTED_IT.test(t.key)) continue;
      let k = j + 1;
      while (k <= sentence.last && isSkippable(this.tokens[k])) k++;
      return nounPhraseAt(this.model, this.timePhraseEnd(k), { last: sentence.last });
    }
    return null;
  }

  /**
   * «حصيلة جديدة للمرصد السوري»، «حصيلة لوزارة الصحة»: the author of a toll, from its glued ل on (the
   * ل cut as in withoutLam); any other phrase as it is.
   */
  private pastBasis(np: NounPhrase): NounPhrase {
    const head = this.tokens[np.first];
    // «وفق تأكيدات مصادر أمنية»: what the sources said, then the sources.
    if (readAs(head, SAYING_NOUNS) && np.last > np.first) return { ...np, first: np.first + 1 };
    if (!isBasis(head)) return np;
    for (let j = np.first + 1; j <= np.last; j++) {
      const t = this.tokens[j];
      if (t?.kind === "word" && /^ل/u.test(t.key) && t.key.length > 3) return { ...np, first: j };
    }
    return np;
  }

  /** «وفقاً لوزارة الداخلية»، «طبقا للمتحدث»: the ل glued to the source is the marker's, not the speaker's. */
  private withoutLam(
    speaker: NonNullable<FoundStatement["speaker"]>,
    first: number,
    marker: Tok,
  ): NonNullable<FoundStatement["speaker"]> {
    return takesLam(marker) ? this.cutLam(speaker, first) : speaker;
  }

  /** The speaker without the ل (or لل) glued to its first word at `first`. */
  private cutLam(
    speaker: NonNullable<FoundStatement["speaker"]>,
    first: number,
  ): NonNullable<FoundStatement["speaker"]> {
    const tok = this.tokens[first];
    if (tok?.kind !== "word" || speaker.start !== conjSkip(tok)) return speaker;
    if (!/^ل/u.test(tok.key) || tok.key.length <= 3) return speaker;
    const cut = tok.key.startsWith("لل") ? 2 : 1;
    return { ...speaker, start: tok.charStarts[cut] ?? speaker.start };
  }

  private participleAt(p: number, sentence: Sentence): void {
    const tok = this.tokens[p];
    if (!tok) return;
    const reading = readAsVerb(tok, PARTICIPLES);
    const info = reading ? PARTICIPLES.get(reading.base) : undefined;
    if (!info) return;
    const inSentence = this.out.filter((s) => {
      const t = this.tokens[sentence.first];
      return t !== undefined && s.content.start >= t.start;
    });
    const governing = inSentence.at(-1)?.speaker ?? this.sentenceSubject ?? this.lastSpeaker;
    const speaker = governing ? { ...governing, implicit: true } : null;
    let from = p + 1;
    while (isSkippable(this.tokens[from])) from++;
    const start = this.contentStart(from, info, sentence);
    if (start.at < 0) return;
    const end = this.contentEnd(start.at, sentence);
    if (info.needsMarker && !this.hasMarker(start.at, end)) return;
    this.add({ first: start.at, last: end }, speaker, tok, null);
  }

  /** «مارك أسبر: سنجعل …» at the start of a line: a speaker and a colon, no verb. */
  private colonSpeaker(sentence: Sentence): void {
    const paragraph = this.model.paragraphs.find(
      (p) =>
        p.start <= (this.tokens[sentence.first]?.start ?? -1) && (this.tokens[sentence.first]?.start ?? -1) < p.end,
    );
    if (!paragraph || this.tokens[sentence.first]?.start !== paragraph.start) return;
    let colon = -1;
    for (let k = sentence.first; k <= Math.min(sentence.last, sentence.first + 7); k++) {
      const t = this.tokens[k];
      if (isPunct(t, ":")) {
        colon = k;
        break;
      }
      if (t?.kind !== "word" || isVerbLike(t) || CONTENT_OPENERS.has(t.key)) return;
    }
    if (colon < sentence.first + 2) return;
    const np = nounPhraseAt(this.model, sentence.first, { last: colon - 1 });
    if (!np || np.last !== colon - 1) return;
    const { speaker } = this.makeSpeaker(np);
    const end = this.contentEnd(colon + 1, sentence);
    if (end <= colon) return;
    this.add({ first: colon + 1, last: end }, speaker, null, null, false);
  }

  /** A signed tweet: «— name (@handle) Month D, YYYY»; its text is the lines before the signature. */
  private tweets(): void {
    const { paragraphs } = this.model;
    const signature = /—\s*([^\s(—][^(—\n]{1,60}?)\s*\(@[A-Za-z0-9_]+\)/u;
    for (const [pi, p] of paragraphs.entries()) {
      const line = this.text.slice(p.start, p.end);
      const m = signature.exec(line);
      if (!m || m[1] === undefined) continue;
      const dash = p.start + m.index;
      const nameStart = p.start + m.index + m[0].indexOf(m[1]);
      const speaker = { start: nameStart, end: nameStart + m[1].length, anonymous: false, implicit: false };
      let end = dash;
      let startPi = pi;
      const before = this.text.slice(p.start, dash);
      const url = /\s*pic\.twitter\.com\/\S*$|\s*https?:\/\/\S*$/u.exec(before);
      if (url) end = p.start + url.index;
      if (before.trim() === "" || (url && before.slice(0, url.index).trim() === "")) {
        startPi = pi - 1;
        const prev = paragraphs[startPi];
        if (!prev) continue;
        end = prev.end;
      }
      while (startPi > 0 && pi - startPi < 4) {
        const prev = paragraphs[startPi - 1];
        if (!prev || /[.]\s*$/u.test(this.text.slice(prev.start, prev.end))) break;
        startPi--;
      }
      const startPar = paragraphs[startPi];
      if (!startPar) continue;
      const r = trimRange(this.text, startPar.start, end);
      if (r.end - r.start < 10) continue;
      const ch = /twitter|x\.com/u.test(line) ? "تويتر" : "إكس";
      this.out.push({
        rule: "statement.tweet",
        content: r,
        speaker,
        verb: null,
        channel: { start: speaker.start, end: speaker.end, name: ch },
      });
    }
  }

  /** One statement per content: the first found (a verb's) wins over a marker's on the same words. */
  private dedupe(): FoundStatement[] {
    const kept: FoundStatement[] = [];
    for (const s of this.out) {
      const clash = kept.find((k) => {
        const inter = Math.min(k.content.end, s.content.end) - Math.max(k.content.start, s.content.start);
        return (
          inter > 0 &&
          inter >= 0.8 * Math.min(k.content.end - k.content.start, s.content.end - s.content.start) &&
          k.content.start === s.content.start
        );
      });
      if (!clash) kept.push(s);
    }
    return kept.sort((a, b) => a.content.start - b.content.start);
  }
}

export function findStatements(model: TextModel): FoundStatement[] {
  return new StatementFinder(model).run();
}
