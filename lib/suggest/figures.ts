/**
 * Casualty figures and counts, built on the figure parser (lib/arabic/numbers.ts) sentence by
 * sentence: a killed and an injured figure reported together become one casualty claim, with the
 * victims (the counted noun) and who caused it (the attack before «أدى إلى/أسفر عن مقتل», the
 * subject of «قتلت/أصابت», «في تلك الغارات» after the figure); counts get what is counted and
 * their since/as-of dates. Durations, numerals naming the speakers and duals pointing back are not counts.
 */
import { extractFigures, parseArabicNumber, type Figure, type FigureValue } from "../arabic/numbers";
import {
  INJURED_AFTER,
  KILLED_AFTER,
  NOUN_STOP,
  PASSIVE_VICTIM_VERBS,
  SUBJECT_AFTER_VERBS,
  TO_WORDS,
  BODIES_OF,
  GENTILE_PLURALS,
  HANDS_OF,
  PREPOSITIONS,
} from "../arabic/numbers-lexicon";
import { keyMap, keySet, toKey } from "../arabic/numbers-tokens";
import { ADDING, cueOf, DEATH_OBJECT_WORDS, isPersonish, joinsToll, readCasualtyClauses } from "./casualty-clause";
import { explicitDateAt } from "./dates";
import {
  ACTORS,
  ATTACK_NOUNS,
  CAUSAL_VERBS,
  CONTENT_OPENERS,
  DURATION_NOUNS,
  KILLING_VERBS,
  RELATIVES,
  TIMES_NOUNS,
} from "./lexicon";
import {
  bareKey,
  conjSkip,
  isDefinite,
  isNisba,
  isPunct,
  lastTokenBefore,
  readAs,
  readAsVerb,
  stripConj,
  type TextModel,
  type Tok,
} from "./text-model";
import type { TCasualtyProposal, TCountProposal } from "./types";

type Range = { start: number; end: number };

export type FoundCasualty = {
  kind: "CASUALTY";
  range: Range;
  figures: TCasualtyProposal;
  victims: Range | null;
  perpetrator: Range | null;
  parts: Range[];
};

export type FoundCount = {
  kind: "COUNT";
  range: Range;
  figures: TCountProposal;
  thing: Range | null;
  since: Range | null;
  asOf: Range | null;
  /** The counted noun is not written after the number: «30 هجوماً، 18 منها في العراق». */
  elided?: true;
};

/** Words that start a casualty report just before the figure: «مقتل 15»، «وقتل نحو 460». */
const CASUALTY_TRIGGERS = keySet([
  "مقتل",
  "قتل",
  "وقتل",
  "ومقتل",
  "إصابة",
  "وإصابة",
  "أصيب",
  "وأصيب",
  "سقوط",
  "بسقوط",
  "سقط",
  "وسقط",
  "لقي",
  "ولقي",
  "جرح",
  "وجرح",
  "استشهاد",
  "قتلت",
  "أصابت",
  "توفي",
  "وتوفي",
]);
/** Nouns that stand for the victims of the figure before them («اثنين آخرين»). */
const OTHERS = keySet(["آخرين", "آخرون", "أخرى", "آخر"]);
/** Nouns of membership that take the real victims as their genitive: «أحد أفراد قوة أمنية عراقية». */
const MEMBER_NOUNS = keySet(["أفراد", "عناصر", "منتسبي", "أعضاء", "جنود", "أحد"]);
/** Words that stop a victims or counted-thing phrase. */
const PHRASE_STOPS = keySet([
  "حسبما",
  "وفقما",
  "على",
  "الأقل",
  "تقريبا",
  "نحو",
  "حوالي",
  "قرابة",
  "في",
  "من",
  "و",
  "منذ",
  "خلال",
  "بعد",
  "قبل",
  "ضد",
  "إلى",
  "عن",
]);
/** «بينهم»، «منهم»، «بمن فيهم»: a figure that breaks down the one before it. */
const AMONG = keySet(["بينهم", "بينهن", "منهم", "منهن", "بينها", "فيهم", "فيهن"]);
/** «بينهم»: among them (not «منهم», which also opens what befell some of them: «نقل منهم 74 جريحا»). */
const BETWEEN_THEM = keySet(["بينهم", "بينهن", "وبينهم"]);
/** Particles and copulas that end a noun phrase. */
const PARTICLES = keySet([
  "ليس",
  "ليست",
  "كان",
  "كانت",
  "هو",
  "هي",
  "هم",
  "أن",
  "إن",
  "لا",
  "لم",
  "قد",
  "ما",
  "التي",
  "الذي",
  "الذين",
]);
/** Units of distance and weight, a building's floors, clock times: «90 كم غرب بغداد» is a place, not a count. */
const MEASURE_NOUNS = keySet([
  "كم",
  "كلم",
  "كيلومتر",
  "كيلومترا",
  "كيلومترات",
  "ميل",
  "ميلا",
  "أميال",
  "متر",
  "مترا",
  "أمتار",
  "كغ",
  "كجم",
  "كيلوغرام",
  "كيلوغراما",
  "كيلوغرامات",
  "كيلوجرام",
  "كيلوجراما",
  "كيلو",
  "غرام",
  "غراما",
  "طن",
  "أطنان",
  "طنا",
  "كلغ",
  "كيلوجرامات",
  // «مبنى من سبعة طوابق»: the size of a building.
  "طوابق",
  "طابقا",
  // «عند الساعة 12,00 تغ»، «00 بالتوقيت المحلي»: a time of day.
  "تغ",
  "بالتوقيت",
]);
/** Money: «نحو 137 مليون دولار» is an amount, not a count. */
const CURRENCY_NOUNS = keySet([
  "دولار",
  "دولارا",
  "دولارات",
  "يورو",
  "دينار",
  "دينارا",
  "دنانير",
  "ريال",
  "ريالا",
  "ليرة",
  "ليرات",
  "جنيه",
  "جنيها",
  "درهم",
  "درهما",
]);
/** «أودى بحياة 31 شخصاً»: a two-word casualty trigger before the figure. */
const TOOK_LIVES = keySet(["أودى", "أودت", "وأودى", "وأودت", "يودي", "تودي"]);
const LIVES = keySet(["بحياة", "بأرواح"]);
/** «السبعة الآخرين»، «الخمسة الباقون»: the rest of a breakdown. */
const REST_WORDS = keySet(["الآخرين", "الآخرون", "الباقون", "الباقين", "المتبقين", "المتبقون", "الآخرى", "الأخرى"]);

/** «18 منها»: a part of the figure before it, whose counted noun is not written again. */
const OF_THEM = keySet(["منها", "منهم", "منهن", "منهما"]);
/** A noun glued to a preposition is not what is counted: «27 بطائرات مسيرة» (27 of them, by drones). */
const PREPOSITION_GLUED = /^[بل](?!ال)/u;

/** «عدد من»، «العديد من»: vague amounts that do not make a count claim on their own. */
const NUMBER_OF = keySet(["عدد", "العديد"]);
const SINCE = toKey("منذ");
const UNTIL = toKey("حتى");
const NOW = keySet(["الآن", "اليوم"]);

function inside(r: Range, outer: Range): boolean {
  return r.start >= outer.start && r.end <= outer.end;
}

/** Tokens that overlap [start, end) («ونحو» for a figure that starts at «نحو»). */
function tokensIn(model: TextModel, r: Range, first = 0): Tok[] {
  const out: Tok[] = [];
  for (let k = first; k < model.tokens.length; k++) {
    const t = model.tokens[k];
    if (!t || t.start >= r.end) break;
    if (t.end > r.start) out.push(t);
  }
  return out;
}

/** Looks like a verb: a present prefix or a feminine past ending («سقطت»، «تستخدمها»، «استهدفت»). */
function verbLike(key: string): boolean {
  return (/^س?[يتن]/u.test(key) && key.length >= 5) || (/ت$/u.test(key) && !/ات$/u.test(key) && key.length >= 4);
}

/** Words after the victims that tell what befell them: their death, the wounds, a participle of state. */
const NOT_OF_THE_VICTIMS = new RegExp(`^(?:${DEATH_OBJECT_WORDS}|بجروح|بجراح|متاثر)`, "u");
const STATE_PARTICIPLE = /^مت.{3,}ا$/u;

/**
 * A noun and up to `max` following modifiers: nisba adjectives («موظفين أمريكيين»), and after an
 * indefinite noun one more indefinite word («قذائف مورتر»، «عربة سوداء»), but no genitive after
 * a dual or plural in ـان/ـين/ـون (which would have lost its ن), no verb, number or particle.
 */
function nounPhrase(model: TextModel, nounTok: Tok, max: number, allowGenitive: boolean): Range {
  const { tokens } = model;
  let end = nounTok.end;
  let k = nounTok.index + 1;
  let taken = 0;
  const nounKey = nounTok.key;
  while (taken < max) {
    const t = tokens[k];
    if (
      t?.kind !== "word" ||
      readAs(t, PHRASE_STOPS) ||
      PREPOSITIONS.has(t.key) ||
      // «200 مجند أمام المركز»، «13 شخصاً بينهم»: a place or a breakdown after the noun, not a modifier.
      NOUN_STOP.has(t.key) ||
      AMONG.has(t.key) ||
      OTHERS.has(t.key) ||
      PARTICLES.has(t.key)
    )
      break;
    if (RELATIVES.has(t.key) || parseArabicNumber(t.key) !== null || readAsVerb(t, KILLING_VERBS)) break;
    if (readAsVerb(t, KILLED_AFTER) || readAsVerb(t, INJURED_AFTER) || PASSIVE_VICTIM_VERBS.has(t.key)) break;
    // «لقي ثلاثة أشخاص مصرعهم»، «توفي جندي متأثراً»، «أصيب خمسة بجروح»: what befell them, or how.
    if (NOT_OF_THE_VICTIMS.test(t.key) || (STATE_PARTICIPLE.test(t.key) && !isNisba(t.key))) break;
    if (/^[وف]/u.test(t.key) && t.key.length > 3 && !(t.key.startsWith("ف") && isNisba(t.key))) break;
    const nisba = isNisba(t.key) && isDefinite(t.key) === isDefinite(nounKey);
    const modifier =
      taken === 0 && !isDefinite(nounKey) && !isDefinite(t.key) && !/(?:ان|ين|ون)$/u.test(nounKey) && !verbLike(t.key);
    // «سيارتين مفخختين»، «عبوتان ناسفتان»: a feminine dual and its adjective.
    const dualAdjective =
      taken === 0 && /(?:تين|تان)$/u.test(nounKey) && /(?:تين|تان)$/u.test(t.key) && !verbLike(t.key);
    if (!(nisba || modifier || dualAdjective || (allowGenitive && !verbLike(t.key)))) break;
    end = t.end;
    taken++;
    k++;
  }
  return { start: nounTok.start, end };
}

/** The token of a figure's counted noun, among the figure's own tokens. */
function nounToken(model: TextModel, fig: Figure, figTokens: readonly Tok[]): Tok | undefined {
  const noun = fig.noun;
  if (!noun) return undefined;
  const words = figTokens.filter((t) => model.text.slice(t.start, t.end).endsWith(noun));
  return words.at(-1) ?? figTokens.find((t) => model.text.slice(t.start, t.end).includes(noun));
}

/** Who caused the casualties: see the module comment. */
function perpetratorOf(
  model: TextModel,
  first: Tok,
  last: Tok,
  sentence: { first: number; last: number },
): Range | null {
  const { tokens } = model;
  // «الضربات الأمريكية قتلت مسلحين»: the subject right before an active verb of killing.
  for (let k = first.index - 1; k >= Math.max(sentence.first, first.index - 3); k--) {
    const t = tokens[k];
    if (readAsVerb(t, KILLING_VERBS)) return attackBefore(model, k, sentence.first);
  }
  // «… أدى إلى مقتل …»، «… أسفرت عن سقوط …».
  // «وأسفرت الغارة عن مقتل …»: the attack may also follow the verb.
  for (let k = first.index - 1; k >= Math.max(sentence.first, first.index - 4); k--) {
    if (readAsVerb(tokens[k], CAUSAL_VERBS))
      return attackBefore(model, k, sentence.first) ?? attackBefore(model, first.index, k + 1);
  }
  // «وقتل 25 مقاتلا في تلك الغارات», «… بهجوم بطائرة مسيرة».
  for (let k = last.index + 1; k <= Math.min(sentence.last, last.index + 4); k++) {
    const t = tokens[k];
    if (t?.kind === "word" && /^ب/u.test(t.key) && ATTACK_NOUNS.has(t.key.slice(1))) {
      const phrase = nounPhrase(model, t, 2, false);
      return { start: t.charStarts[1] ?? t.start, end: phrase.end };
    }
    if (t?.kind === "word" && t.key === "في") {
      let a = k + 1;
      const demonstrative = tokens[a]?.kind === "word" && ["تلك", "هذه", "ذلك", "هذا"].includes(tokens[a]?.key ?? "");
      if (demonstrative) a++;
      const noun = tokens[a];
      if (
        (noun?.kind === "word" && ATTACK_NOUNS.has(bareKey(noun.key))) ||
        (noun?.kind === "word" && ATTACK_NOUNS.has(noun.key))
      ) {
        const phrase = nounPhrase(model, noun, 2, false);
        return { start: demonstrative ? (tokens[k + 1]?.start ?? phrase.start) : phrase.start, end: phrase.end };
      }
    }
  }
  return null;
}

/** A token's start without a preposition glued to it («بالغارات» → «الغارات»), or its conjunction. */
function withoutPreposition(tok: Tok): number {
  const m = /^([وف]?[بلك])ال/u.exec(tok.key);
  return m?.[1] ? (tok.charStarts[m[1].length] ?? tok.start) : conjSkip(tok);
}

/** An actor named just before an attack phrase: «وردت الولايات المتحدة بسلسلة من الهجمات». */
function actorBefore(model: TextModel, j: number, from: number): Range | null {
  const { tokens } = model;
  for (let a = j - 1; a >= Math.max(from, j - 4); a--) {
    const t = tokens[a];
    if (t?.kind !== "word" || CONTENT_OPENERS.has(t.key)) return null;
    if (ACTORS.has(stripArticleConj(t.key))) {
      const nextTok = tokens[a + 1];
      const end =
        nextTok &&
        nextTok.index < j &&
        nextTok.kind === "word" &&
        isDefinite(nextTok.key) &&
        !/^[وفبل]/u.test(nextTok.key)
          ? nextTok.end
          : t.end;
      return { start: conjSkip(t), end };
    }
  }
  return null;
}

function stripArticleConj(key: string): string {
  return /^[وف]ال/u.test(key) ? key.slice(1) : key;
}

/** The nearest attack (or its actor) before token `k` in the sentence. */
function attackBefore(model: TextModel, k: number, from: number): Range | null {
  const { tokens } = model;
  for (let j = k - 1; j >= from; j--) {
    const t = tokens[j];
    if (t?.kind !== "word") continue;
    const bare = bareKey(t.key);
    if (!ATTACK_NOUNS.has(bare) && !ATTACK_NOUNS.has(t.key)) continue;
    // «استهداف الميليشيات لقاعدة …»: the genitive after استهداف is who attacked.
    if (bare === toKey("استهداف")) {
      const actor = tokens[j + 1];
      if (actor?.kind === "word" && isDefinite(actor.key)) return { start: actor.start, end: actor.end };
    }
    const actor = actorBefore(model, j, from);
    if (actor) return actor;
    const phrase = nounPhrase(model, t, 2, false);
    return { start: withoutPreposition(t), end: phrase.end };
  }
  return null;
}

function figureValue(f: Figure): FigureValue {
  const v: FigureValue = { qualifier: f.qualifier };
  if (f.value !== undefined) v.value = f.value;
  if (f.min !== undefined) v.min = f.min;
  if (f.max !== undefined) v.max = f.max;
  return v;
}

/** Coordinated figures of one role read as one: their sum («امرأتين و3 أطفال» = 5). */
function sumOf(figs: readonly Figure[]): FigureValue {
  const first = figs[0];
  if (!first) return { qualifier: "exactly" };
  if (figs.length === 1) return figureValue(first);
  const atLeast = figs.some((g) => g.qualifier === "at_least");
  return { qualifier: atLeast ? "at_least" : "exactly", value: figs.reduce((sum, g) => sum + (g.value ?? 0), 0) };
}

const SHARED_QUALIFIERS = new Set(["at_least", "about"]);

/**
 * «ما لا يقل عن 26 قتيلاً و62 مصاباً»، «نحو 11 قتيلاً و13 جريحاً»: a qualifier before the first of two
 * figures joined by «و» alone holds for both.
 */
function sharedQualifier(
  model: TextModel,
  offset: number,
  killed: Figure | undefined,
  injured: Figure | undefined,
  killedValue: FigureValue | undefined,
  injuredValue: FigureValue | undefined,
): [FigureValue | undefined, FigureValue | undefined] {
  if (!killed || !injured || !killedValue || !injuredValue) return [killedValue, injuredValue];
  const [a, b, va, vb] =
    killed.start < injured.start
      ? [killed, injured, killedValue, injuredValue]
      : [injured, killed, injuredValue, killedValue];
  if (model.text.slice(offset + a.end, offset + b.start).trim() !== "و") return [killedValue, injuredValue];
  // (Not «أكثر من 30 قتيلاً و35 جريحاً», nor «36 قتيلاً على الأقل و62 جريحاً»، nor «… و62 جريحاً على الأقل»:
  // the collectors read those as one figure's own.)
  const preposed = !/ال[أا]قل$/u.test(a.text.trim());
  const shared =
    SHARED_QUALIFIERS.has(va.qualifier) && preposed && vb.qualifier === "exactly" && vb.value !== undefined;
  const second = shared ? { ...vb, qualifier: va.qualifier } : vb;
  return killed === a ? [va, second] : [second, va];
}

/** Nouns of a toll, of the missing and of the held (folded, without the article). */
const TOLL_OR_HELD = /^(?:قتل|قتيل|جريح|جرح|مصاب|شهيد|شهداء|ضحي|ضحاي|مفقود|مخطوف|رهين|رهائن|معتقل|موقوف|ناج)/u;

/** Words that may stand between two coordinated victims: «و»، «إضافة إلى», an adjective of the first. */
const DEATH_EVENT = keySet(["وفاة"]);
const AFTER_WORDS = keySet(["بعد", "إثر", "اثر", "عقب"]);
const COORDINATORS = keySet([
  "و",
  "إضافة",
  "بالإضافة",
  "وإضافة",
  "إلى",
  "فضلا",
  "وفضلا",
  "عن",
  "كذلك",
  "وكذلك",
  "وثمة",
  "وهناك",
]);
/**
 * «86 قتيلا، فيما أصيب 186 شخصا بجروح»، «95 شخصا، وبلغ عدد المصابين 246»: the injured of the same
 * sentence, after one comma and a word that opens their clause, belong to the toll (convention 2).
 */
const CLAUSE_JOINERS = keySet([
  "فيما",
  "وفيما",
  "بينما",
  "وبينما",
  "في",
  "حين",
  "كما",
  "وكما",
  "بلغ",
  "وبلغ",
  "وصل",
  "ووصل",
  "عدد",
  "وعدد",
  // «40 شخصاً قتلوا، وأن 100 شخص آخر أصيبوا»: the same speaker's next clause.
  "وأن",
  "وان",
  // «… إلى 50 مصاباً، وارتفع عدد القتلى لـ 15»: the other role's total raised in the same sentence.
  "ارتفع",
  "وارتفع",
  "ارتفعت",
  "وارتفعت",
  "ل",
  "لـ",
]);
/** «إضافة إلى»، «بالإضافة إلى»: what follows is added to the figure before. */
const ADDITION = keySet(["إضافة", "بالإضافة", "وإضافة", "وبالإضافة"]);
/** The dual of a blast or an attack, definite or not («التفجيرين»، «انفجارين»), folded without the article. */
const BLAST_DUALS = keySet(["تفجيرين", "انفجارين", "هجومين", "تفجيران", "انفجاران", "هجومان"]);

/**
 * The figure at `i` and the figures of the same role coordinated with it in one clause: each
 * names its victims («ضابط وثلاثة من منتسبي القوة الجوية»، «ثلاثة أطفال وامرأتان»), states a
 * number (exactly or at least) and follows the one before with only «و» (or «إضافة إلى») and
 * adjectives between them.
 */
function coordinatedChain(model: TextModel, found: readonly Figure[], i: number, offset: number): Figure[] {
  const first = found[i];
  if (!first) return [];
  const chain = [first];
  // «جندي أمريكي وآخر بريطاني»: «another» of the same noun, named by its nationality.
  const anotherOne = (g: Figure): boolean => g.noun !== undefined && OTHERS.has(toKey(g.noun)) && /\s/u.test(g.text);
  const plain = (g: Figure): boolean =>
    g.role !== null &&
    g.value !== undefined &&
    (g.qualifier === "exactly" || g.qualifier === "at_least") &&
    g.noun !== undefined &&
    // («استشهد 6 بينهم …»: «بينهم» read where a noun would be opens a breakdown, not a group of its own.)
    !AMONG.has(toKey(g.noun)) &&
    (!OTHERS.has(toKey(g.noun)) || anotherOne(g)) &&
    !g.unit;
  if (!plain(first)) return chain;
  for (let j = i + 1; j < found.length; j++) {
    const prev = chain.at(-1);
    const next = found[j];
    // «مقتل 7 من السياح ومواطنين اثنين يمنيين»: people joined to the victims by «و» alone are victims too.
    // (Not the missing or the held after a toll's dead: «90 قتيلاً و17 مفقوداً».)
    const joinedPeople =
      next?.role === null &&
      plain({ ...next, role: first.role }) &&
      isPersonish(next) &&
      !TOLL_OR_HELD.test(bareKey(toKey(first.noun ?? ""))) &&
      !TOLL_OR_HELD.test(bareKey(stripConj(toKey(next.noun ?? ""))));
    // («سبعة عناصر …، بالإضافة إلى 16 آخرين»: others added to the group, their noun left out.)
    const othersAdded =
      prev !== undefined &&
      next?.role === first.role &&
      next.value !== undefined &&
      next.noun === undefined &&
      /(?:^|\s)(?:آخرين|آخرون)$/u.test(next.text) &&
      model.tokens.some(
        (t) => t.start >= offset + prev.end && t.end <= offset + next.start && t.kind === "word" && ADDING.has(t.key),
      );
    if (!prev || !next || (next.role !== first.role && !joinedPeople) || !(plain(next) || joinedPeople || othersAdded))
      break;
    const from = offset + prev.end;
    const to = offset + next.start;
    const gap = model.tokens.filter((t) => t.end > from && t.start < to);
    // «ويمنيين اثنين»: a group whose noun comes first, the conjunction glued to it.
    let joined = next.noun !== undefined && next.text.startsWith(next.noun) && /^و\p{L}{3,}/u.test(next.noun);
    let ok = true;
    let genitives = 0;
    // «مقتل 12 من منتسبي القوات، إضافة إلى ثلاثة من العاملين»: a comma may stand before the words that add a group.
    const adding = gap.some((t) => t.kind === "word" && ADDING.has(t.key));
    for (const t of gap) {
      if (t.start < from) continue; // the figure's own last word
      if (adding && isPunct(t, "،", ",")) continue;
      if (t.end > to) {
        // «وثلاثة»: the conjunction glued to the next figure.
        if (/^[وف]/u.test(model.text.slice(t.start, to).trim())) joined = true;
        else ok = false;
        continue;
      }
      if (t.kind !== "word") {
        ok = false;
        break;
      }
      if (COORDINATORS.has(t.key)) {
        joined = joined || t.key !== toKey("إلى");
        continue;
      }
      // («33 قتيلاً مدنياً و3 ضباط»: the nisba in the accusative too.)
      const nisba = isNisba(stripConj(t.key)) || isNisba(stripConj(t.key).replace(/(?<=ي)ا$/u, ""));
      if ((nisba || GENTILE_PLURALS.has(bareKey(t.key))) && !isDefinite(t.key)) {
        if (/^و/u.test(t.key)) joined = true;
        continue;
      }
      // «أربعة عناصر من الشرطة ومدني»: what the victims are of, before the next group.
      if ((t.key === OF_KEY || isDefinite(t.key)) && genitives++ < 3) continue;
      // («سبعة عناصر من قوات النظام، بالإضافة إلى 16 آخرين»: a construct after «من», its head indefinite.)
      const afterOf = model.tokens[t.index - 1]?.key === OF_KEY;
      if (afterOf && isDefinite(model.tokens[t.index + 1]?.key ?? "") && genitives++ < 3) continue;
      // «12 عنصر أمن و7 مدنيين»: the indefinite genitive of a construct head.
      // («رجلي أمن و3 مدنيين»: a dual in construct, its ـي or ـا off.)
      const head = prev.noun !== undefined ? toKey(prev.noun) : "";
      if (genitives++ === 0 && (CONSTRUCT_HEADS.has(head) || CONSTRUCT_HEADS.has(head.replace(/[يا]$/u, "")))) continue;
      ok = false;
      break;
    }
    if (!ok || !joined) break;
    // (The people joined to the victims share their role: they are summed into the toll.)
    if (joinedPeople) next.role = first.role;
    chain.push(next);
  }
  return chain;
}

const OF_KEY = toKey("من");
/** Nouns whose genitive says who they are («عنصر أمن»، «رجال شرطة»، «أفراد حماية»). */
const CONSTRUCT_HEADS = keySet([
  "عنصر",
  "عناصر",
  "رجل",
  "رجال",
  "أفراد",
  "فرد",
  "منتسبي",
  "أعضاء",
  "ضابط",
  "ضباط",
  "عون",
  "أعوان",
]);

/** «، هم جنديان أمريكيان وجندية بريطانية»: who the victims were, after a comma. */
const THEY = keySet(["هم", "وهم", "هن", "وهن", "هما", "وهما"]);

/**
 * «(هم 3 أطفال وامرأتان)» right after a figure, or «، هم جنديان أمريكيان وجندي بريطاني» to the end of
 * the clause: the breakdown's range.
 */
function bracketAfter(model: TextModel, at: number, sentenceLast: number): Range | null {
  const k = model.tokens.findIndex((t) => t.start >= at);
  // The victims' genitive may come first: «ثلاثة من عناصر التحالف، هم …».
  let c = k;
  while (c < k + 3 && c <= sentenceLast && model.tokens[c]?.kind === "word" && !THEY.has(model.tokens[c]?.key ?? ""))
    c++;
  // «ثلاثة عسكريين من التحالف (أمريكيان وبريطاني)»
  if (c > k && isPunct(model.tokens[c], "(")) return bracketAfter(model, model.tokens[c]?.start ?? at, sentenceLast);
  const they = isPunct(model.tokens[c], "،", ",") ? model.tokens[c + 1] : model.tokens[c];
  // «، اثنان منهم أمريكيان والثالث بريطاني»: a breakdown that opens on a part of the toll.
  const part =
    they !== undefined &&
    isPunct(model.tokens[c], "،", ",") &&
    parseArabicNumber(they.key) !== null &&
    OF_THEM.has(model.tokens[they.index + 1]?.key ?? "");
  if (they?.kind === "word" && (THEY.has(they.key) || part) && they.index <= sentenceLast) {
    let end = they.end;
    for (let j = they.index + 1; j <= Math.min(sentenceLast, they.index + 12); j++) {
      const t = model.tokens[j];
      if (!t || isPunct(t, "،", ",", ".", ";", "؛")) break;
      end = t.end;
    }
    return { start: they.start, end };
  }
  const open = model.tokens[k];
  if (k < 0 || !isPunct(open, "(") || model.text.slice(at, open?.start ?? at).trim() !== "") return null;
  for (let j = k + 1; j <= Math.min(sentenceLast, k + 12); j++) {
    const t = model.tokens[j];
    if (isPunct(t, ")")) return { start: open?.start ?? at, end: t?.end ?? at };
  }
  return null;
}

/** Extends a figure back over the word that reports it («مقتل»، «وقتل»، «لقي»). */
function withTrigger(model: TextModel, startTok: Tok, figStart: number, sentenceFirst: number): number {
  const prev = model.tokens[startTok.index - 1];
  if (startTok.index - 1 >= sentenceFirst && prev?.kind === "word" && readAs(prev, CASUALTY_TRIGGERS))
    return conjSkip(prev);
  // «أودى بحياة 31 شخصاً»
  const verb = model.tokens[startTok.index - 2];
  if (startTok.index - 2 >= sentenceFirst && readAs(prev, LIVES) && verb && readAs(verb, TOOK_LIVES))
    return conjSkip(verb);
  return figStart;
}

/** One count of `value`, exact, over `range`, of the thing at `thing`. */
function exactCount(text: string, range: Range, thing: Range, value: number): FoundCount {
  return {
    kind: "COUNT",
    range,
    figures: { thing: text.slice(thing.start, thing.end), value: { qualifier: "exactly", value } },
    thing,
    since: null,
    asOf: null,
  };
}

/**
 * «السيطرة 54»، «الفيلق 209»، «الكيلو 135»: digits right after a definite noun name it (a checkpoint, a corps,
 * a milestone); they count nothing. («الجنود الـ300» has its «الـ»; «عدد القتلى 123» is read as a toll.)
 */
function labelAfter(before: Tok | undefined, first: Tok, after: Tok | undefined): boolean {
  if (first.kind !== "num" || before?.kind !== "word") return false;
  if (!/^(?:[وفب]?ال)\p{L}{3,}$/u.test(before.key) || isNisba(before.key)) return false;
  // What follows is no counted noun: a preposition, a phrase glued to one, or the end of the clause.
  return after === undefined || after.kind === "punct" || (after.kind === "word" && LABEL_FOLLOWERS.test(after.key));
}
const LABEL_FOLLOWERS = /^(?:في|عند|قرب|علي|الي|بال\p{L}+|لل\p{L}+)$/u;

const FAMILY_NOUNS = keySet(["عائلة", "أسرة", "اسرة"]);
/** «من عائلة واحدة»: who victims were, no family counted. */
const ofOneFamily = (f: Figure) => f.value === 1 && FAMILY_NOUNS.has(bareKey(toKey(f.noun ?? "")));

/** Construct duals of facilities: «معملي»، «مطاري»، «مصنعي»، «حقلي»، «معسكري»، «فندقي». */
const FACILITIES_OF = /^(?:مطار|معمل|مصنع|حقل|معسكر|فندق)[يا]$/u;

function isCountable(fig: Figure, firstTok: Tok, offset: number, excluded: readonly Range[]): boolean {
  if (!fig.noun || fig.unit === "percent") return false;
  const r = { start: offset + fig.start, end: offset + fig.end };
  if (excluded.some((x) => r.start < x.end && x.start < r.end)) return false;
  const nounKey = toKey(fig.noun);
  const bare = bareKey(nounKey);
  if (DURATION_NOUNS.has(nounKey) || DURATION_NOUNS.has(bare) || MEASURE_NOUNS.has(bare)) return false;
  if (CURRENCY_NOUNS.has(nounKey) || CURRENCY_NOUNS.has(bare)) return false;
  // «تبنت الهجوم جماعتان منشقتان»: groups are never counted (convention 7).
  if (GROUP_NOUNS.test(bare)) return false;
  if (readAs(firstTok, NUMBER_OF)) return false;
  // «عائلة عراقية واحدة»، «أضرارا مادية بأحد …»: «one» after an adjective says "a single", it counts nothing.
  if (fig.value === 1 && /يه$/u.test(bare) && isNisba(bare) && fig.text.startsWith(fig.noun)) return false;
  // «مقتل ثلاثة مدنيين من عائلة واحدة»: who the victims were, not a family counted.
  if (ofOneFamily(fig)) return false;
  // «في عدة مناطق»، «من عدة دول»، «عدة مؤسسات»: a vague number of places says where, it counts nothing.
  if (fig.qualifier === "range" && VAGUE_WHERE.has(bare)) return false;
  // Duals that point back or name a group: «الهجومين»، «البلدين»، «جماعتي»، «حليفتا».
  // («معملي أرامكو»، «مطاري دبي وأبو ظبي»: two facilities an attack hit or threatened are counted.)
  if (fig.value === 2 && fig.text === fig.noun) {
    if (isDefinite(nounKey)) return false;
    if (!/ن$/u.test(nounKey) && !FACILITIES_OF.test(bare)) return false;
    // «معسكراً»: with tanween the ـا is the accusative of one camp, not a dual that lost its ن.
    if (/\u064B/u.test(fig.text)) return false;
  }
  // «الانفجارين المتزامنين»: a definite dual with its adjectives points back as well.
  if (fig.value === 2 && fig.text.startsWith(fig.noun) && isDefinite(nounKey)) return false;
  return true;
}

/** «في حالة حرجة»، «حالتهم خطيرة»، «إصاباتهم بالغة»، «بجروح خطيرة»: how badly the wounded are hurt. */
const CONDITION_NOUNS = keySet(["حالة", "حال", "حالتهم", "حالتهما", "حالتهن", "حالته", "حالتها"]);
const HARM_NOUNS = keySet(["إصاباتهم", "إصابتهم", "إصاباتهما", "إصابتهما", "إصابته", "جروحهم", "جروحه", "بجروح"]);
const GRAVE = keySet(["حرجة", "خطرة", "خطيرة", "بالغة", "الخطر", "حرج", "خطر"]);
const OF_THE_WOUNDED = keySet(["الجرحى", "المصابين", "الجريحين", "المصابتين"]);

/**
 * «، 48 منهم في حالة حرجة»، «ثلاثة من الجرحى "إصاباتهم بالغة"»، «4 منهم حالتهم خطيرة»: after a number and
 * «منهم» (or «من الجرحى»), how badly hurt they are — a part of the toll just given, not a count of its own
 * (fixtures/reports/README.md, convention 3; «34 منهم في العناية المركزة», where they are, stays a count).
 */
function partByCondition(model: TextModel, last: number, sentenceLast: number): boolean {
  const { tokens } = model;
  const key = (t: Tok | undefined) => (t?.kind === "word" ? t.key : "");
  let k = last + 1;
  if (!OF_THEM.has(key(tokens[last])) && !OF_THE_WOUNDED.has(key(tokens[last]))) {
    if (OF_THEM.has(key(tokens[k]))) k++;
    else if (key(tokens[k]) === OF && OF_THE_WOUNDED.has(key(tokens[k + 1]))) k += 2;
    else return false;
  }
  // Quotation marks or a «في» before the condition.
  while (k <= sentenceLast && (isPunct(tokens[k], "«", '"', "“") || tokens[k]?.key === toKey("في"))) k++;
  const head = tokens[k];
  const grave = tokens[k + 1];
  if (k + 1 > sentenceLast || head?.kind !== "word" || grave?.kind !== "word") return false;
  return (CONDITION_NOUNS.has(head.key) || HARM_NOUNS.has(head.key)) && GRAVE.has(grave.key);
}

/** Places and bodies a vague number («عدة»، «بضع») spreads a happening over: where, not what. */
const VAGUE_WHERE = keySet([
  "مناطق",
  "دول",
  "بلدان",
  "مدن",
  "محافظات",
  "ولايات",
  "أحياء",
  "قرى",
  "بلدات",
  "مستشفيات",
  "مبان",
  "مباني",
  "مؤسسات",
  "جنسيات",
  "أطواق",
  "أعمال",
  "جهات",
  "أماكن",
  "مواقع",
]);

/** Armed groups and factions: who acted, never a count (fixtures/reports/README.md, convention 7). */
const GROUP_NOUNS = /^(?:ال)?(?:جماع(?:ه|ات|تان|تين)|فصيل(?:ان|ين)?|فصائل|تنظيم(?:ان|ين|ات))$/u;

/** After a number of wounded, their present state: «120 جريحا لا يزالون في العناية المركزة». */
const STATE_AFTER = keySet(["بحاجة", "لا", "ما", "يرقدون", "يتلقون", "نقلوا", "غادروا"]);
const OF = toKey("من");

/**
 * «وعلى متنها 16 من الجرحى»، «120 جريحا لا يزالون في العناية المركزة»: casualties counted by what is
 * done to them or their state, not by the harm (no casualty word before them): counted people.
 */
function countedCasualties(model: TextModel, f: Figure, offset: number, first: number): boolean {
  if (!f.role || !f.noun || f.value === 0) return false;
  const toks = tokensIn(model, { start: offset + f.start, end: offset + f.end }, first);
  const head = toks[0];
  // («نقل 38 جثة إلى المشرحة»: bodies taken somewhere are counted the same way.)
  const taken = head !== undefined && readAs(model.tokens[head.index - 1], TAKEN_BEFORE) !== null;
  const noun = toks.findLast((t) => {
    const k = bareKey(t.key).replace(/^ال/u, "");
    return WOUNDED_NOUNS.has(k) || (taken && BODY_NOUNS.has(k));
  });
  if (!head || !noun) return false;
  const prev = head.index - 1 >= first ? model.tokens[head.index - 1] : undefined;
  // «نقل 47 جريحاً إلى المستشفى»: taken somewhere.
  if (prev?.kind === "word" && readAs(prev, TAKEN_BEFORE)) return true;
  if (prev?.kind === "word" && (readAs(prev, CASUALTY_TRIGGERS) || verbLike(prev.key))) return false;
  // «وصل عدد المصابين إلى نحو 50 مصاباً نقلوا …»: what a total came to is the toll, whatever befell them after.
  if ([prev, ...toks].some((t) => t?.kind === "word" && readAs(t, TO_WORDS))) return false;
  const of = toks.at(-2)?.key === OF && toks.at(-1) === noun;
  const next = model.tokens[noun.index + 1];
  // «الحصيلة هي شهيدان وأكثر من 25 جريحاً نقلوا …»: the injured of a toll just given by a dual of the dead.
  const shortlyBefore = model.tokens.slice(Math.max(first, head.index - 3), head.index);
  // («سبعة قتلى وأكثر من 36 جريحاً معظمهم نقلوا …»: or by the dead counted right before.)
  if (shortlyBefore.some((t) => readAs(t, DEAD_DUALS) || readAs(t, DEAD_NOUNS))) return false;
  if (of || (next?.kind === "word" && STATE_AFTER.has(next.key))) return true;
  // «70 مصابا آخرين نقلوا إلى مستشفيات»، «103 جرحى من المصابين … لا يزالون يرقدون»: a few words on — not
  // the injured of a toll just given («جثث 40 قتيلا و120 جريحا نقلوا إلى المستشفيات»).
  if (shortlyBefore.some((t) => t.kind === "num" || readAs(t, CASUALTY_TRIGGERS))) return false;
  for (let k = noun.index + 1; k <= noun.index + 8; k++) {
    const t = model.tokens[k];
    if (t?.kind !== "word") return false;
    if (readAs(t, MOVED_OR_STILL)) return true;
  }
  return false;
}
const DEAD_DUALS = keySet(["قتيلان", "قتيلين", "شهيدان", "شهيدين"]);
const DEAD_NOUNS = keySet(["قتلى", "قتيلا", "قتيل", "شهداء", "شهيدا"]);
/** What is done to the wounded afterwards, or their state now, a few words after them. */
const MOVED_OR_STILL = keySet(["نقلوا", "يرقدون", "يزالون", "زالوا", "غادروا", "خرجوا", "أدخلوا"]);
const TAKEN_BEFORE = keySet(["نقل", "ونقل", "إجلاء", "وإجلاء", "أجلي", "وأجلي"]);
const WOUNDED_NOUNS = keySet(["جرحى", "جريح", "جريحا", "مصابين", "مصابا", "مصاب"]);

/** «سلّمت 34 جثة إلى ذويها»، «115 شهيداً تم تسليمهم»، «177 جثة غير واضحة المعالم»: the dead counted by what is
 * done with their bodies or by who they are not yet known to be: counted, not a toll (convention 4). */
const HANDED_BEFORE = keySet(["سلمت", "وسلمت", "تسلمت", "وتسلمت", "تسلم", "استلمت", "واستلمت", "تسليم", "وتسليم"]);
/** «رفات 5 جنود»: the remains of the dead, read as their bodies are. */
const BODIES_OR_REMAINS = new Set([...BODIES_OF, ...keySet(["رفات"])]);
const HANDED_AFTER = keySet(["كوجبة", "كدفعة", "مجهولة", "مجهولي", "مجهول", "جديدة", "للقتلى"]);
/** «بعد العثور على 4 جثث»، «بعد انتشال 3 جثث»: bodies found later, which raised a toll already given. */
const FOUND_LATER = [keySet(["بعد", "وبعد"]), keySet(["العثور", "انتشال"]), keySet(["على"])] as const;
const AFTER_THEN = keySet(["تم", "جرى", "غير", "لم", "إلى", "الى"]);
const AFTER_WHAT = /^(?:تسليم|التعرف|تعرف|واضح|معروف|ذوي|دفن)/u;
const BODY_NOUNS = keySet([
  "جثة",
  "جثث",
  "جثتين",
  "جثمان",
  "جثامين",
  "جثمانا",
  "شهيد",
  "شهيدا",
  "شهداء",
  "قتيل",
  "قتيلا",
  "قتلى",
]);

function handedOverDead(model: TextModel, f: Figure, offset: number, first: number): boolean {
  if (f.role !== "killed" || !f.noun || !f.value) return false;
  const toks = tokensIn(model, { start: offset + f.start, end: offset + f.end }, first);
  const head = toks[0];
  const noun = toks.at(-1);
  if (!head || !noun) return false;
  const prev = head.index - 1 >= first ? model.tokens[head.index - 1] : undefined;
  const wordIn = (t: Tok | undefined, set: ReadonlySet<string>) => t?.kind === "word" && set.has(t.key);
  // «جثث 11 مفقوداً»: the bodies of those the number names.
  const bodiesOf = wordIn(prev, BODIES_OR_REMAINS);
  const [after, finding, on] = FOUND_LATER;
  const at = bodiesOf ? head.index - 1 : head.index;
  const back = (n: number) => (at - n >= first ? model.tokens[at - n] : undefined);
  // («بعد العثور على جثث 11 مفقوداً»، «بعد انتشال 3 جثث»)
  if (wordIn(back(1), on) && wordIn(back(2), finding) && [back(3), back(4)].some((t) => wordIn(t, after))) return true;
  if (wordIn(back(1), finding) && wordIn(back(2), after)) return true;
  if (!bodiesOf && !BODY_NOUNS.has(bareKey(noun.key).replace(/^ال/u, ""))) return false;
  if (wordIn(prev, HANDED_BEFORE)) return true;
  // «سلّمت الوزارة في 26 من الشهر الماضي جثامين 36 قتيلاً»: bodies handed over are counted; bodies that
  // reached the hospitals or were found («وصل إلى المشافي جثث 53 شهيداً و235 جريحاً»، «عثرنا على جثث
  // عشرين شخصاً») are the toll.
  if (
    bodiesOf &&
    prev &&
    model.tokens.slice(Math.max(first, prev.index - 8), prev.index).some((t) => wordIn(t, HANDED_BEFORE))
  )
    return true;
  const next = model.tokens[noun.index + 1];
  const then = model.tokens[noun.index + 2];
  if (next?.kind !== "word") return false;
  if (HANDED_AFTER.has(next.key)) return true;
  // «4 جثث ما تزال مجهولة الهوية»: bodies not yet known, a few words on.
  if (model.tokens.slice(noun.index + 1, noun.index + 4).some((t) => t.kind === "word" && /^مجهول/u.test(t.key)))
    return true;
  return AFTER_THEN.has(next.key) && then?.kind === "word" && AFTER_WHAT.test(bareKey(then.key).replace(/^ال/u, ""));
}

/** «قتل وأصيب»، «مقتل وإصابة»: a killed word joined to an injured word. */
const KILLED_WORDS = keySet(["قتل", "مقتل", "وقتل", "ومقتل", "استشهاد", "سقوط", "استشهد", "واستشهد", "واستشهاد"]);
const AND_INJURED_WORDS = keySet(["وأصيب", "وإصابة", "وجرح", "وجرحى", "والجرحى", "والمصابين"]);
const INJURED_FIRST_WORDS = keySet(["أصيب", "إصابة", "جرح"]);
const AND_KILLED_WORDS: ReadonlySet<string> = new Set([...KILLED_WORDS].filter((k) => k.startsWith("و")));

/**
 * One number for the killed and the injured together: «قتل وأصيب العشرات»، «مقتل وإصابة 50 شخصاً»،
 * «عشرات القتلى والجرحى». No figure: nobody can say how many were killed (the real-report conventions).
 */
function combinedTolls(model: TextModel, found: readonly Figure[], offset: number, first: number): Figure[] {
  const out: Figure[] = [];
  const key = (t: Tok | undefined): string => (t?.kind === "word" ? t.key : "");
  for (const [i, f] of found.entries()) {
    if (!f.role || f.value === 0) continue;
    const toks = tokensIn(model, { start: offset + f.start, end: offset + f.end }, first);
    const head = toks[0];
    if (!head) continue;
    const p1 = head.index - 1 >= first ? model.tokens[head.index - 1] : undefined;
    const p2 = head.index - 2 >= first ? model.tokens[head.index - 2] : undefined;
    // «قتل وأصيب العشرات»، «مقتل وإصابة العشرات» (not «إن جندياً قتل وأصيب أربعة آخرون», whose قتل is
    // the verb of the figure before)
    const prevFig = found[i - 1];
    const p2OfPrevious = p2 !== undefined && prevFig !== undefined && p2.start < offset + prevFig.end;
    // («أصيب وقتل 15 عسكرياً»، «تم إصابة واستشهاد ضابط و14»: the same, the injured named first.)
    if (
      (AND_INJURED_WORDS.has(head.key) && KILLED_WORDS.has(key(p1))) ||
      (AND_INJURED_WORDS.has(key(p1)) && KILLED_WORDS.has(key(p2)) && !p2OfPrevious) ||
      (AND_KILLED_WORDS.has(head.key) && INJURED_FIRST_WORDS.has(key(p1))) ||
      (AND_KILLED_WORDS.has(key(p1)) && INJURED_FIRST_WORDS.has(key(p2)) && !p2OfPrevious)
    ) {
      out.push(f);
      continue;
    }
    // «عشرات القتلى والجرحى»: the injured noun shares the number of the killed before it.
    const prev = prevFig;
    if (f.role === "injured" && f.text === f.noun && prev?.role === "killed" && AND_INJURED_WORDS.has(head.key)) {
      const between = model.text.slice(offset + prev.end, offset + f.start).trim();
      if (between === "" || between === "و") out.push(prev, f);
      continue;
    }
    // «سقوط 30 بين قتيل وجريح»، «راح ضحيته 253 شخصاً ما بين قتيل وجريح»
    const following = model.tokens.filter((t) => t.start >= offset + f.end).slice(0, 4);
    const after = key(following[0]) === toKey("ما") ? following.slice(1) : following;
    // («بين قتيل و جريح»: the و may stand apart.)
    const wounded = key(after[2]) === toKey("و") ? after[3] : after[2];
    if (key(after[0]) === toKey("بين") && /^و?(?:جريح|مصاب)/u.test(key(wounded))) out.push(f);
  }
  return out;
}

/** «مرافقيه»، «حراسه»، «أفراد عائلته»: the people of the one named before them (folded keys). */
const HIS_PEOPLE = /^(?:مرافقي|حراس|حرس|عناصر|ابناء|رفاق|زملاء|مساعدي|اشقاء|اولاد)(?:ه|ها)$/u;
const ASSASSINATION = keySet(["اغتيال", "واغتيال", "باغتيال"]);
/** An office title, with its article or a conjunction («وزير» keeps its و). */
const isTitle = (key: string) => OFFICE_TITLES.has(key) || OFFICE_TITLES.has(stripConj(key));
/** «وزير الأمن و30 شخصاً»: the people counted beside one office holder named first. */
const PEOPLE_AFTER_TITLE = keySet(["شخصا", "أشخاص", "شخص", "مدنيا", "مدنيين", "آخرين", "آخرون"]);
/** Offices a victim named first may hold: «وزير»، «محافظ»، «قائد» (with or without the article). */
const OFFICE_TITLES = keySet([
  "وزير",
  "الوزير",
  "وزيرة",
  "محافظ",
  "المحافظ",
  "قائد",
  "القائد",
  "مدير",
  "رئيس",
  "نائب",
  "النائب",
  "العميد",
  "اللواء",
  "العقيد",
  "الشيخ",
  "القاضي",
]);
const ATTEMPT = keySet(["محاولة", "محاولات"]);

/**
 * «مقتل المحافظ وثمانية من مرافقيه»، «اغتيال محافظ عدن اللواء جعفر سعد، و6 من مرافقيه»: the one the
 * people «من مرافقيه» belong to, named between the casualty word and «و», is a victim too — one toll,
 * summed over its groups (fixtures/reports/README.md, convention 1). The figure reaches back to them.
 */
function withHeadVictim(model: TextModel, f: Figure, offset: number, first: number): Figure {
  if (f.qualifier === "range" || f.value === undefined) return f;
  const { tokens } = model;
  const toks = tokensIn(model, { start: offset + f.start, end: offset + f.end }, first);
  const head = toks[0];
  const last = toks.at(-1);
  const hisPeople = last?.kind === "word" && HIS_PEOPLE.test(last.key) && toks.at(-2)?.key === OF_KEY;
  // («قتلت وزير الأمن و30 شخصاً على الأقل»: an office holder and N people — also when they are not his.)
  const people = toks.some((t) => t.kind === "word" && PEOPLE_AFTER_TITLE.has(bareKey(t.key)));
  if (!head || !(hisPeople || people)) return f;
  // («قتل وزير الداخلية و12 شخصاً»: the parser's figure already runs from its casualty word.)
  const lead = cueOf(head);
  if (lead && lead.form !== "noun" && lead.role !== "victims") {
    const and = toks.findIndex((t, i) => i > 1 && (t.key === toKey("و") || /^و\d/u.test(t.key)));
    const title = toks[1];
    if (and < 0 || !title || !isTitle(title.key)) return f;
    return { ...f, value: f.value + 1 };
  }
  let k = head.index - 1;
  if (!/^و/u.test(head.key)) {
    if (tokens[k]?.key !== toKey("و")) return f;
    k--;
  }
  if (isPunct(tokens[k], "،", ",")) k--;
  const named: Tok[] = [];
  for (; k >= first && named.length <= 8; k--) {
    const t = tokens[k];
    if (t?.kind !== "word") return f;
    const cue = cueOf(t);
    const assassination = ASSASSINATION.has(t.key);
    if ((cue && cue.form !== "noun" && cue.role !== "victims") || assassination) {
      if (named.length === 0 || readAs(tokens[k - 1], ATTEMPT)) return f;
      if (!hisPeople && !isTitle(named.at(-1)!.key)) return f;
      const role = assassination || cue?.role === "killed" ? "killed" : "injured";
      if (f.role && f.role !== role) return f;
      const start = named.at(-1)!.start - offset;
      return { ...f, value: f.value + 1, start, text: model.text.slice(offset + start, offset + f.end), role };
    }
    if (cue) return f;
    named.push(t);
  }
  return f;
}

/** «قد يصل إلى»، «قد يرتفع إلى»: what a toll may come to, a guess. */
const MAY = keySet(["قد", "ربما", "يتوقع", "يرجح", "يخشى"]);
const REACH = keySet(["يصل", "تصل", "يرتفع", "ترتفع", "يبلغ", "تبلغ"]);

/** «قال إن العدد قد يصل إلى 30 قتيلا»: a toll guessed at is not reported (a statement, no figure). */
function speculated(model: TextModel, f: Figure, offset: number, first: number): boolean {
  const head = tokensIn(model, { start: offset + f.start, end: offset + f.end }, first)[0];
  if (!head) return false;
  const { tokens } = model;
  const to = head.index - 1;
  if (to - 2 < first || tokens[to]?.key !== toKey("إلى")) return false;
  return readAs(tokens[to - 1], REACH) !== null && readAs(tokens[to - 2], MAY) !== null;
}

/** The figures of a sentence without a guessed toll and the figures joined to it with «و» («30 قتيلا و60 مصابا»). */
function withoutGuesses(model: TextModel, figs: readonly Figure[], offset: number, first: number): Figure[] {
  const out: Figure[] = [];
  let guess: Figure | null = null;
  for (const f of figs) {
    const joined = guess !== null && /^و$/u.test(model.text.slice(offset + guess.end, offset + f.start).trim());
    if (f.role && (speculated(model, f, offset, first) || joined)) {
      guess = f;
      continue;
    }
    guess = null;
    out.push(f);
  }
  return out;
}

/** «إنه»، «أنه»، «هو»: the one who speaks or is spoken of, as the first of a coordinated subject. */
const HE = keySet(["إنه", "أنه", "هو"]);

/**
 * «قال إنه ووزيرين آخرين أصيبوا»: the speaker himself and N others — one toll of N + 1 (convention 1),
 * its quote from «إنه».
 */
function withSpeakerToo(model: TextModel, f: Figure, offset: number, first: number): Figure {
  if (!f.role || f.qualifier === "range" || f.value === undefined) return f;
  if (!/(?:^|\s)[وف]?(?:آخرين|آخرون|آخران)(?:\s|$)/u.test(f.text)) return f;
  const head = tokensIn(model, { start: offset + f.start, end: offset + f.end }, first)[0];
  if (!head || !/^و/u.test(head.key)) return f;
  const he = model.tokens[head.index - 1];
  if (head.index - 1 < first || !readAs(he, HE)) return f;
  const start = he!.start - offset;
  return { ...f, value: f.value + 1, start, text: model.text.slice(offset + start, offset + f.end) };
}

const DEAD_AND_WOUNDED = keySet(["قتلى", "ضحايا", "جرحى", "مصابين", "شهداء", "مصابون", "قتيل"]);

/** «ومن بين القتلى …»، «وبين الضحايا …»: a sentence that opens on who were among a toll (convention 3). */
function opensOnBreakdown(model: TextModel, first: number): boolean {
  const keys = model.tokens.slice(first, first + 3).map((t) => (t.kind === "word" ? stripConj(t.key) : ""));
  const at = keys[0] === "من" ? 1 : 0;
  return keys[at] === "بين" && DEAD_AND_WOUNDED.has(bareKey(keys[at + 1] ?? ""));
}

/**
 * Whether the token at `first` goes on, with «و», from the figure that ends at `last`: every word between
 * is joined with «و» too («فرنسيان وألماني ونرويجيان»), at most three.
 */
function andAfter(model: TextModel, last: number, first: number): boolean {
  if (first <= last || first - last > 4) return false;
  return model.tokens
    .slice(last + 1, first + 1)
    .every((t, i, all) => t.kind === "word" && (/^و/u.test(t.key) || all[i - 1]?.key === toKey("و")));
}

/** «بما في ذلك»، «بمن فيهم»: what follows is part of what was just counted. */
const INCLUDING = [
  ["بما", "في", "ذلك"],
  ["بمن", "فيهم"],
  ["بما", "فيهم"],
  ["بما", "فيها"],
].map((ws) => ws.map(toKey));

function includedIn(model: TextModel, first: number): boolean {
  return INCLUDING.some((ws) =>
    ws.every((w, i) => {
      const t = model.tokens[first - ws.length + i];
      return t?.kind === "word" && t.key === w;
    }),
  );
}

/**
 * «القتلى هم 3 نساء وطفلان و3 رجال»، «لافتاً إلى أن من بين القتلى 6 مقاتلين»: the groups after «X هم» or
 * «بين X» (X the dead or the wounded) in the same clause are who a toll was, not counts (convention 3).
 */
function namesTheToll(model: TextModel, first: number, last: number, sentenceFirst: number): boolean {
  const { tokens } = model;
  // «ويوجد طفلان بين الجرحى»: who were among the wounded, named after the number.
  const after = tokens[last + 1];
  const afterNext = tokens[last + 2];
  if (
    after?.kind === "word" &&
    stripConj(after.key) === "بين" &&
    afterNext?.kind === "word" &&
    /^ال/u.test(afterNext.key) &&
    DEAD_AND_WOUNDED.has(bareKey(afterNext.key))
  )
    return true;
  for (let k = first - 1; k >= Math.max(sentenceFirst, first - 8) + 1; k--) {
    const t = tokens[k];
    if (!t || (t.kind === "punct" && isPunct(t, "،", ",", ".", ":", "؛", ";"))) return false;
    const prev = tokens[k - 1];
    if (t.kind !== "word" || prev?.kind !== "word") continue;
    // «إن القتلى بينهم أربعة من أفراد الجيش»: who the dead were.
    if ((THEY.has(t.key) || AMONG.has(t.key)) && DEAD_AND_WOUNDED.has(bareKey(stripConj(prev.key)))) return true;
    // («سقطوا بين قتيل وجريح»: the idiom of killed-and-wounded, not a breakdown.)
    if (stripConj(prev.key) === "بين" && /^ال/u.test(t.key) && DEAD_AND_WOUNDED.has(bareKey(t.key))) return true;
  }
  return false;
}

export function findFigures(
  model: TextModel,
  opts: { publishedAt: string | null; excluded: readonly Range[] },
): Array<FoundCasualty | FoundCount> {
  const out: Array<FoundCasualty | FoundCount> = [];
  const { tokens, text } = model;
  for (const sentence of model.sentences) {
    const offset = sentence.start;
    const before = out.length;
    // «وإصابة عدد من العسكريين»: «a number of» is not a figure of victims either.
    const vagueNumberOf = (f: Figure | undefined) =>
      Boolean(f?.role) && f?.qualifier === "range" && /^[وف]?عدد(?!ه)/u.test(toKey(f?.text ?? ""));
    const all = extractFigures(text.slice(sentence.start, sentence.end));
    // «عدد من القتلى والجرحى»: the injured noun shares the vague number, and goes with it.
    const parsed = all.filter(
      (f, i) => !vagueNumberOf(f) && !(vagueNumberOf(all[i - 1]) && f.qualifier === "range" && f.text === f.noun),
    );
    // The clause around each number the parser left without a casualty role (lib/suggest/casualty-clause.ts).
    const found = withoutGuesses(model, readCasualtyClauses(model, sentence, parsed), offset, sentence.first).map(
      (f) =>
        countedCasualties(model, f, offset, sentence.first) || handedOverDead(model, f, offset, sentence.first)
          ? { ...f, role: null }
          : withSpeakerToo(model, withHeadVictim(model, f, offset, sentence.first), offset, sentence.first),
    );
    const used = new Set<Figure>();
    for (const g of combinedTolls(model, found, offset, sentence.first)) used.add(g);
    const breakdown = opensOnBreakdown(model, sentence.first);
    const among = (k: number) => tokens[k]?.kind === "word" && AMONG.has(tokens[k]?.key ?? "");
    // «قتل 20 شخصاً، بينهم مدنيون و5 جنود»: a breakdown whose first group has no number.
    const opensAfterUnnumbered = (first: Tok) => {
      const gluedAnd = first.kind === "word" && /^و/u.test(first.key);
      if (!gluedAnd && tokens[first.index - 1]?.key !== toKey("و")) return false;
      return [1, 2].some((n) => {
        const at = first.index - (gluedAnd ? 0 : 1) - n;
        const between = tokens.slice(at + 1, first.index - (gluedAnd ? 0 : 1));
        return among(at) && between.length === n - 1 && between.every((t) => t.kind === "word" && !AMONG.has(t.key));
      });
    };
    // «20 شخصاً بينهم أطفال، و40 جريحاً»، «تسعة قتلى، بينهم سيدة مسنة، و20 إصابة»: a breakdown without a
    // number between a toll and the injured after it; where it ends, or null when none stands there.
    const unnumberedBreakdownEnd = (from: number, to: number): number | null => {
      const between = tokens.filter((t) => t.start >= from && t.end <= to);
      const at = between.findIndex((t) => !isPunct(t, "،", ","));
      if (at < 0 || at > 1 || !among(between[at]!.index)) return null;
      const words = between.slice(at + 1);
      const end = words.findIndex((t) => t.kind !== "word");
      const aside = end < 0 ? words : words.slice(0, end);
      if (aside.length < 1 || aside.length > 4 || aside.some((t) => AMONG.has(t.key))) return null;
      return aside.at(-1)!.end;
    };
    // «ارتفع إلى 18 قتيلا بعد وفاة جريحين»: the deaths that raised the toll are in it, a part of it.
    const diedAfterToll = (k: number) =>
      readAs(tokens[k - 1], DEATH_EVENT) !== null && readAs(tokens[k - 2], AFTER_WORDS) !== null;
    let previous: FoundCasualty | null = null;
    let breakdownLast = -1;
    for (const [i, fig] of found.entries()) {
      if (used.has(fig)) continue;
      const figTokens = tokensIn(model, { start: offset + fig.start, end: offset + fig.end }, sentence.first);
      const firstTok = figTokens[0];
      const lastTok = figTokens.at(-1);
      if (!firstTok || !lastTok) continue;
      // «مقتل 7 مدنيين بينهم طفلان»، «66 مقاتلا بينهم 41 إيرانياً و25 من الحشد»: who the dead were,
      // a breakdown of the toll and not a toll of its own.
      // («منهم ( 6 نساء و6 أطفال)»: the breakdown in brackets after its word.)
      const before = isPunct(tokens[firstTok.index - 1], "(") ? tokens[firstTok.index - 2] : tokens[firstTok.index - 1];
      const unnumberedFirst = opensAfterUnnumbered(firstTok);
      if (
        fig.role &&
        previous &&
        before?.kind === "word" &&
        (AMONG.has(before.key) || unnumberedFirst || diedAfterToll(firstTok.index))
      ) {
        for (const g of coordinatedChain(model, found, i, offset)) {
          used.add(g);
          previous.parts.push({ start: offset + g.start, end: offset + g.end });
        }
        continue;
      }
      // «وقال المصور إن العديد من القتلى هم محامون»: who many of a toll were, a breakdown (convention 3).
      if (fig.role && fig.qualifier === "range" && readAs(tokens[lastTok.index + 1], THEY)) continue;
      if (fig.role) {
        // «مقتل امرأتين و3 أطفال»، «إصابة ضابط وثلاثة من منتسبي …»: victims coordinated in one
        // clause are one toll, their sum.
        const chain = coordinatedChain(model, found, i, offset);
        for (const g of chain) used.add(g);
        const chainEnd = chain.at(-1) ?? fig;
        // «مقتل 5 أشخاص (هم 3 أطفال وامرأتان)»: who they were, in brackets after the toll.
        const bracket = bracketAfter(model, offset + chainEnd.end, sentence.last);
        if (bracket) {
          for (const g of found) {
            if (g !== fig && offset + g.start >= bracket.start && offset + g.end <= bracket.end) used.add(g);
          }
        }
        const group: Figure[] = [...chain];
        // «مصرع 154 شخصا بينهم 25 سوريّاً وإصابة أكثر من 5000 آخرين»: the injured figure after a
        // breakdown of the dead goes with the dead, past the breakdown.
        let breakdownEnd = -1;
        // («مقتل 46 شخصاً في الانفجارين، فيما أصيب 45»: the blasts' dual between them counts no one, nor
        // does «من عائلة واحدة».)
        // («14 شخصا قتلوا بأيدي مجرمين اثنين واصيب عشرون آخرون»: nor do the killers.)
        const byKillers = (g: Figure) => {
          const t = tokensIn(model, { start: offset + g.start, end: offset + g.end }, sentence.first)[0];
          return t !== undefined && HANDS_OF.has(tokens[t.index - 1]?.key ?? "");
        };
        const countsNoOne = (g: Figure) =>
          g.role === null &&
          ((g.value === 2 && BLAST_DUALS.has(bareKey(toKey(g.noun ?? "")))) || ofOneFamily(g) || byKillers(g));
        let nextIdx = found.findIndex((g, j) => j > i && !used.has(g) && !countsNoOne(g));
        while (nextIdx > i) {
          const g = found[nextIdx];
          const gTok = g
            ? tokensIn(model, { start: offset + g.start, end: offset + g.end }, sentence.first)[0]
            : undefined;
          const lead = gTok ? tokens[gTok.index - 1] : undefined;
          // («بينهم طفل و3 مسنين»: a breakdown whose first group has no number goes on with «و».)
          const numberedPart =
            g !== undefined &&
            gTok !== undefined &&
            (g.role === null || g.role === fig.role) &&
            opensAfterUnnumbered(gTok);
          const opensPart =
            lead?.kind === "word" && (AMONG.has(lead.key) || (gTok !== undefined && diedAfterToll(gTok.index)));
          // («قتل 6 أشخاص بما في ذلك 4 جنود، وجرح 19 آخرين»: who the toll counts, then the injured.)
          const included = gTok !== undefined && includedIn(model, gTok.index);
          if (!g || (!numberedPart && !included && (g.role !== fig.role || !opensPart))) break;
          const parts = coordinatedChain(model, found, nextIdx, offset);
          breakdownEnd = offset + (parts.at(-1) ?? g).end;
          nextIdx = found.findIndex((h, j) => j > nextIdx + parts.length - 1 && !used.has(h));
        }
        const next = found[nextIdx];
        if (next?.role && next.role !== fig.role) {
          const from =
            breakdownEnd > 0
              ? breakdownEnd
              : bracket
                ? bracket.end
                : (unnumberedBreakdownEnd(offset + chainEnd.end, offset + next.start) ?? offset + chainEnd.end);
          // The words between the two figures (not «وأكثر» of «…، وأكثر من181 جريح», which starts the next).
          const gap = tokensIn(model, { start: from, end: offset + next.start }, lastTok.index).filter(
            (t) => t.start >= from && t.end <= offset + next.start,
          );
          const nextChain = coordinatedChain(model, found, nextIdx, offset);
          // «…، وجرح طفلين آخرين»، «…، بينما أصيب 4 آخرون»: «others» ties the second figure to the first across a comma.
          const others =
            nextChain.length === 1 &&
            /(?:^|\s)[وف]?(?:آخرين|آخرون|أخريات|آخر|آخران|أخريان)(?:\s|$)/u.test(
              `${next.text} ${text
                .slice(offset + next.end, offset + next.end + 8)
                .split(/\s/u)
                .slice(0, 2)
                .join(" ")}`,
            );
          // «13 قتيلاً، 65 جريحاً»، «191 قتيلا، وإصابة أكثر من ستة آلاف جريح»، «154 شخصاً، إضافة إلى أكثر من
          // 5 آلاف جريح»: across one comma, when nothing but «و»، «إضافة إلى» or the casualty word stands between.
          const commaJoined =
            gap.filter((t) => isPunct(t, "،", ",")).length === 1 &&
            !gap.some((t) => isPunct(t, ".")) &&
            gap.every(
              (t) =>
                t.kind === "punct" ||
                COORDINATORS.has(t.key) ||
                CLAUSE_JOINERS.has(t.key) ||
                readAs(t, CASUALTY_TRIGGERS) !== null ||
                cueOf(t)?.form === "noun",
            );
          const nextFirst = tokensIn(model, { start: offset + next.start, end: offset + next.end }, sentence.first)[0];
          const fromTok = model.tokens.findLast((t) => t.end <= from && t.index >= sentence.first);
          // «ارتفاع عدد القتلى إلى 25، بسبب الإصابات البليغة، بالإضافة إلى عشرات الجرحى»: the injured added
          // to the toll right before their figure, past a short aside between commas.
          const lastTwo = gap.filter((t) => t.kind === "word").slice(-2);
          const added =
            lastTwo.length === 2 &&
            ADDITION.has(lastTwo[0]?.key ?? "") &&
            lastTwo[1]?.key === toKey("إلى") &&
            gap.length <= 10 &&
            gap.filter((t) => isPunct(t, "،", ",")).length <= 2 &&
            !gap.some((t) => isPunct(t, ".", ":", "؛") || t.kind === "num");
          // «لقي ثلاثة أشخاص مصرعهم، بينهم جندي، وجرح ستة آخرون»: «others» reaches past a short aside too.
          const othersPastAside =
            others &&
            gap.length <= 10 &&
            gap.filter((t) => isPunct(t, "،", ",")).length <= 2 &&
            !gap.some((t) => isPunct(t, ".", ":", "؛") || t.kind === "num");
          // «عشرة قتلى في الانفجار الذي أسفر أيضا عن إصابة 60 شخصاً»: the blast's relative clause adds the injured.
          const words = gap.filter((t) => t.kind === "word");
          const relative = words.findIndex((t) => RELATIVES.has(stripConj(t.key)));
          const causedToo =
            relative >= 0 &&
            relative <= 3 &&
            readAs(words[relative + 1], CAUSAL_VERBS) !== null &&
            words.length - relative <= 5 &&
            !gap.some((t) => isPunct(t, ".", ":", "؛", "،", ",") || t.kind === "num");
          if (
            added ||
            othersPastAside ||
            causedToo ||
            (gap.length <= 6 && (others || commaJoined || !gap.some((t) => isPunct(t, "،", ",", "."))))
          )
            group.push(...nextChain);
          else if (next.start === fig.start) group.push(next);
          else if (nextFirst && fromTok && joinsToll(model, fromTok.index, nextFirst.index, sentence.last))
            group.push(...nextChain);
        }
        for (const g of group) used.add(g);
        const lastFig = group.at(-1) ?? fig;
        const lastTokens =
          lastFig === fig
            ? figTokens
            : tokensIn(model, { start: offset + lastFig.start, end: offset + lastFig.end }, lastTok.index);
        const endTok = lastTokens.at(-1) ?? lastTok;
        const killedFigs = group.filter((g) => g.role === "killed");
        const injuredFigs = group.filter((g) => g.role === "injured");
        const killed = killedFigs[0];
        const injured = injuredFigs[0];
        const start = withTrigger(model, firstTok, offset + fig.start, sentence.first);
        const range = { start, end: endTok.end };
        // «أصيب المئات بحالات اختناق»: a noun after its preposition says how, not who.
        const victimsFig = [killed, injured].find(
          (g) => g?.noun && !OTHERS.has(toKey(g.noun)) && !PREPOSITION_GLUED.test(toKey(g.noun)),
        );
        let victims: Range | null = null;
        if (victimsFig) {
          const nt = nounToken(model, victimsFig, victimsFig === fig ? figTokens : lastTokens);
          const figRange = { start: offset + victimsFig.start, end: offset + victimsFig.end };
          if (
            nt &&
            nt.start === figRange.start &&
            figRange.end > nt.end + 3 &&
            tokensIn(model, figRange).every((t) => t.kind === "word")
          ) {
            victims = figRange; // «الناشط سعدون اللهيبي قتل»: the named victim.
          } else if (nt) {
            victims = nounPhrase(model, nt, readAs(nt, MEMBER_NOUNS) ? 3 : 2, readAs(nt, MEMBER_NOUNS) !== null);
          }
          // Coordinated victims: from the first noun to the last one's phrase.
          const sameRole = victimsFig.role === "killed" ? killedFigs : injuredFigs;
          const lastOfRole = sameRole.at(-1);
          if (victims && lastOfRole && lastOfRole !== victimsFig) {
            const lt = tokensIn(model, { start: offset + lastOfRole.start, end: offset + lastOfRole.end });
            const lnt = nounToken(model, lastOfRole, lt);
            const tail = lnt
              ? nounPhrase(model, lnt, readAs(lnt, MEMBER_NOUNS) ? 3 : 2, readAs(lnt, MEMBER_NOUNS) !== null)
              : { start: offset + lastOfRole.start, end: offset + lastOfRole.end };
            victims = { start: victims.start, end: Math.max(victims.end, tail.end) };
          }
        }
        let perpetrator = perpetratorOf(model, firstTok, endTok, sentence);
        // «مقتل 15 مسلحاً … ونحو سبعة في سوريا»: a bare number coordinated with the figure before it.
        if (
          previous &&
          !victims &&
          !group.some((g) => g.noun) &&
          (previous.figures.killed !== undefined) === (killed !== undefined)
        ) {
          victims = previous.victims;
          perpetrator ??= previous.perpetrator;
        }
        const [killedValue, injuredValue] = sharedQualifier(
          model,
          offset,
          killedFigs.length === 1 ? killed : undefined,
          injuredFigs.length === 1 ? injured : undefined,
          killed ? sumOf(killedFigs) : undefined,
          injured ? sumOf(injuredFigs) : undefined,
        );
        const figures: TCasualtyProposal = {
          ...(killedValue ? { killed: killedValue } : {}),
          ...(injuredValue ? { injured: injuredValue } : {}),
          victims: victims ? text.slice(victims.start, victims.end) : "",
          perpetrator: perpetrator ? text.slice(perpetrator.start, perpetrator.end) : "",
        };
        const parts = group.map((g) => ({ start: offset + g.start, end: offset + g.end }));
        const casualty: FoundCasualty = { kind: "CASUALTY", range, figures, victims, perpetrator, parts };
        out.push(casualty);
        previous = casualty;
        continue;
      }
      // «ثلاثة أشخاص فلسطينيان وسوري»: who the people just counted are, not a count of its own.
      const counted = found[i - 1];
      if (
        counted &&
        !counted.role &&
        fig.text === fig.noun &&
        isNisba(toKey(fig.noun)) &&
        (tokens[firstTok.index - 1]?.end === offset + counted.end ||
          // «حرر الجيش 4 رهائن، بريطانيان وكاميروني»: who they are, after a comma.
          (isPunct(tokens[firstTok.index - 1], "،", ",") && tokens[firstTok.index - 2]?.end === offset + counted.end))
      ) {
        breakdownLast = lastTok.index;
        continue;
      }
      // «كان بينهم 11 تونسيا وكنديان اثنان»: who were among a group just told of, not counts of their own.
      const inBreakdown =
        (tokens[firstTok.index - 1]?.kind === "word" && BETWEEN_THEM.has(tokens[firstTok.index - 1]!.key)) ||
        (breakdownLast >= 0 && andAfter(model, breakdownLast, firstTok.index));
      if (!fig.role && inBreakdown) {
        breakdownLast = lastTok.index;
        continue;
      }
      // «ومن بين القتلى ثمانية أطفال وأربعة أطباء»: who a toll already counted are, not counts of their own.
      if (breakdown || namesTheToll(model, firstTok.index, lastTok.index, sentence.first)) continue;
      // «قتل 6 أشخاص بما في ذلك 4 جنود»: who the toll just given counts.
      if (previous && includedIn(model, firstTok.index)) continue;
      // «أصيب 246 شخصاً، 48 منهم في حالة حرجة»: a part of the toll told by how badly hurt (convention 3).
      if (!fig.role && partByCondition(model, lastTok.index, sentence.last)) continue;
      const elided = elidedCount(model, fig, lastTok, sentence.first, out, offset, opts.excluded);
      if (elided) {
        out.push(elided);
        continue;
      }
      if (!isCountable(fig, firstTok, offset, opts.excluded)) continue;
      if (labelAfter(tokens[firstTok.index - 1], firstTok, tokens[firstTok.index + 1])) continue;
      const nt = nounToken(model, fig, figTokens);
      let thingRange: Range | null = nt ? nounPhrase(model, nt, 2, false) : null;
      // «بسيارتين مفخختين»: the thing without the preposition glued to it.
      const glued = nt && fig.noun ? text.slice(nt.start, nt.end) : "";
      if (thingRange && fig.noun && glued.length > fig.noun.length && glued.endsWith(fig.noun)) {
        const prefix = glued.slice(0, glued.length - fig.noun.length);
        if (/^[وفبلك]{1,2}$/u.test(prefix) && thingRange.start === nt?.start)
          thingRange = { start: thingRange.start + prefix.length, end: thingRange.end };
      }
      let thing = thingRange ? text.slice(thingRange.start, thingRange.end) : (fig.noun ?? "");
      if (nt && TIMES_NOUNS.has(bareKey(nt.key))) {
        // «تعرضت للهجوم لما لا يقل عن 84 مرة»: what happened so many times.
        for (let k = firstTok.index - 1; k >= sentence.first; k--) {
          const t = tokens[k];
          if (t?.kind === "word" && (ATTACK_NOUNS.has(bareKey(t.key)) || ATTACK_NOUNS.has(t.key))) {
            const s = t.charStarts[t.key.length - bareKey(t.key).length] ?? t.start;
            thingRange = { start: s, end: t.end };
            thing = text.slice(s, t.end);
            break;
          }
        }
      }
      // «25 طائرة مسيرة وصاروخاً»: drones and missiles counted together — one thing of two kinds.
      const joined = thingRange ? munitionJoinedAfter(model, thingRange.end, sentence.last) : null;
      if (thingRange && joined) {
        thingRange = { start: thingRange.start, end: joined.end };
        thing = text.slice(thingRange.start, thingRange.end);
      }
      const since = sinceAfter(model, lastTok.index, sentence.last, opts.publishedAt);
      const asOf = asOfIn(model, sentence.first, sentence.last, opts.publishedAt);
      const figures: TCountProposal = {
        thing,
        value: figureValue(fig),
        ...(since ? { since: since.date } : {}),
        ...(asOf ? { asOf: asOf.date } : {}),
      };
      if (figures.since && figures.asOf && figures.since > figures.asOf) delete figures.asOf;
      const range = { start: offset + fig.start, end: joined ? joined.end : offset + fig.end };
      out.push({
        kind: "COUNT",
        range,
        figures,
        thing: thingRange,
        since: since?.range ?? null,
        asOf: asOf?.range ?? null,
      });
    }
    const covered = [
      ...found.filter((f) => f.role).map((f) => ({ start: offset + f.start, end: offset + f.end })),
      ...out.slice(before).map((f) => f.range),
      ...opts.excluded,
    ];
    const followed = explosionFollowed(model, sentence, covered);
    out.push(...followed);
    out.push(...singularMunitions(model, sentence, [...covered, ...followed.map((f) => f.range)]));
    out.push(...noneReported(model, sentence, covered));
  }
  return out.filter(
    (f) => f.range.end > f.range.start && !opts.excluded.some((x) => f.kind === "COUNT" && inside(f.range, x)),
  );
}

const NOT = keySet(["لم", "ولم", "لا", "ولا"]);
const NO_NEWS_VERBS = keySet(["ترد", "يرد", "تشر", "يشر", "تتحدث", "يتحدث"]);
const NEWS_NOUNS = keySet(["تقارير", "أنباء", "معلومات", "أخبار"]);
const NEWS_LINKS = keySet(["عن", "إلى", "فورية", "بعد", "حتى", "الآن"]);
const HAPPENED = keySet(["وقوع", "سقوط", "حدوث", "أي"]);
const NONE_NOUNS = keyMap<"killed" | "injured" | "both">([
  ["إصابات", "injured"],
  ["مصابين", "injured"],
  ["جرحى", "injured"],
  ["قتلى", "killed"],
  ["ضحايا", "both"],
  ["خسائر", "both"],
]);

/**
 * «لم ترد تقارير عن وقوع إصابات»، «لا أنباء عن خسائر»، «لم تشر المصادر إلى وقوع إصابات»: no
 * casualties reported, proposed as a stated zero (the number parser leaves "not reported" alone).
 */
function noneReported(
  model: TextModel,
  sentence: { first: number; last: number },
  covered: readonly Range[],
): FoundCasualty[] {
  const out: FoundCasualty[] = [];
  const { tokens } = model;
  for (let k = sentence.first; k <= sentence.last; k++) {
    const neg = tokens[k];
    if (neg?.kind !== "word" || !NOT.has(neg.key)) continue;
    let j = k + 1;
    if (readAs(tokens[j], NO_NEWS_VERBS)) {
      j++;
      if (tokens[j]?.kind === "word" && !NEWS_NOUNS.has(tokens[j]?.key ?? "") && !NEWS_LINKS.has(tokens[j]?.key ?? ""))
        j++; // «لم تشر المصادر»
    }
    if (tokens[j]?.kind === "word" && NEWS_NOUNS.has(tokens[j]?.key ?? "")) j++;
    if (j === k + 1) continue;
    let linked = false;
    while (
      j <= sentence.last &&
      j < k + 9 &&
      tokens[j]?.kind === "word" &&
      (NEWS_LINKS.has(tokens[j]?.key ?? "") || HAPPENED.has(tokens[j]?.key ?? ""))
    ) {
      linked = linked || ["عن", "الي"].includes(tokens[j]?.key ?? "");
      j++;
    }
    const noun = tokens[j];
    const role = noun?.kind === "word" ? NONE_NOUNS.get(noun.key) : undefined;
    if (!linked || !noun || !role || covered.some((r) => r.start < noun.end && neg.start < r.end)) continue;
    const after = tokens[j + 1];
    if (role === "both" && after?.kind === "word" && /^(?:ماديه|بالممتلكات)$/u.test(after.key)) continue;
    const lives = role === "both" && after?.key === "في" && /^(?:الارواح)$/u.test(tokens[j + 2]?.key ?? "");
    const zero = { qualifier: "exactly" as const, value: 0 };
    const figures: TCasualtyProposal = {
      ...(role !== "injured" ? { killed: zero } : {}),
      ...(role !== "killed" && !lives ? { injured: zero } : {}),
      victims: "",
      perpetrator: "",
    };
    const end = after?.kind === "word" && /^(?:بشريه)$/u.test(after.key) ? after.end : noun.end;
    const range = { start: conjSkip(neg), end };
    out.push({ kind: "CASUALTY", range, figures, victims: null, perpetrator: null, parts: [range] });
    k = j;
  }
  return out;
}

/** Munitions named in the singular: «سقوط صاروخ»، «بطائرة مسيرة» is one. */
const ONE_MUNITION = keySet(["صاروخ", "صاروخا", "قذيفة", "مسيرة", "مسيّرة"]);
const MARCH_KEYS = keySet(["مسيرة", "مسيّرة"]);
const MARCH_ADJECTIVES = keySet([
  "سلمية",
  "مناهضة",
  "احتجاجية",
  "حاشدة",
  "جماهيرية",
  "شعبية",
  "تضامنية",
  "مؤيدة",
  "معارضة",
  "للسلام",
  "من",
]);
/** «طائرة» is a munition with its adjective: «طائرة مسيرة»، «طائرة مفخخة». */
const AIRCRAFT = toKey("طائرة");
const DRONE_ADJECTIVES = keySet(["مسيرة", "مسيّرة", "مفخخة", "درون"]);
/** Construct duals that lost their ن before the munition's type: «صاروخي كاتيوشا»، «قذيفتي هاون». */
/** «… وصاروخاً»: a singular munition joined by و to a counted one, with no number of its own after it. */
function munitionJoinedAfter(model: TextModel, end: number, last: number): Tok | null {
  const next = model.tokens[lastTokenBefore(model.tokens, end) + 1];
  if (!next || next.index > last || next.kind !== "word" || !/^و/u.test(next.key)) return null;
  if (!ONE_MUNITION.has(stripConj(next.key)) || MARCH_KEYS.has(stripConj(next.key))) return null;
  return model.tokens[next.index + 1]?.kind === "num" ? null : next;
}
const TWO_MUNITIONS = keySet(["صاروخي", "قذيفتي", "قذيفتا"]);
const MUNITION_TYPES = keySet(["كاتيوشا", "غراد", "كروز", "هاون", "مورتر", "نوع"]);
/** «أحد الصواريخ»: one of the munitions or targets. */
const ONE_OF = keySet(["أحد", "بأحد", "لأحد"]);
const ONE_OF_THINGS = keySet([
  "الصواريخ",
  "القذائف",
  "الطائرات",
  "المسيرات",
  "المباني",
  "المنازل",
  "المواقع",
  "المقرات",
  "المخازن",
]);
/** Before a munition, nouns that make it the kind of an attack («هجوم بطائرة مسيرة»), not a count. */
const ATTACK_KIND_BEFORE = keySet([
  "هجوم",
  "هجوما",
  "هجمات",
  "الهجوم",
  "قصف",
  "ضربة",
  "غارة",
  "اعتداء",
  "آخر",
  "وآخر",
  "عملية",
]);
/** After a munition, words that make it one of a series («صاروخا رابعا»), or another one. */
const SERIES_AFTER = keySet([
  "ثانيا",
  "ثالثا",
  "رابعا",
  "خامسا",
  "سادسا",
  "آخر",
  "أخرى",
  "آخرا",
  "واحد",
  "واحدا",
  "واحدة",
]);
/** The word of falling or hitting before a munition, read with it: «سقوط صاروخ»، «أصاب صاروخ». */
const FALL_HIT = keySet(["سقوط", "بسقوط", "وسقوط", "سقط", "وسقط", "أصاب", "وأصاب", "وقع", "ووقع", "انفجار", "وانفجار"]);
const ANY = keySet(["أي"]);
/** «باستخدام طائرة مسيرة»: the weapon used. */
const USING = keySet(["باستخدام", "استخدام", "مستخدما", "مستخدمة", "عبر", "بواسطة"]);
const ONE_WORDS = keySet(["واحد", "واحدا", "واحدة"]);
const ATTACKER = keySet(["انتحاري", "انتحارية"]);
/** One attacker or munition that acts in the sentence («قنبلة انفجرت»، «انتحارياً دخل»). */
const ACTING_ONE = keySet(["انتحاري", "انتحاريا", "انتحارية", "مهاجم", "مهاجما", "قنبلة", "عبوة", "غارة"]);
const ACTING_ADJECTIVES = keySet(["انتحاريا", "انتحاري", "ناسفة", "جوية", "واحدة", "واحد", "واحدا"]);
const ACTING_VERBS = keySet([
  "انفجرت",
  "انفجر",
  "استهدفت",
  "استهدف",
  "دخل",
  "دخلت",
  "اقتحم",
  "اقتحمت",
  "هاجم",
  "فجر",
  "فجرت",
  // «وقام مهاجم بتفجير سيارة»: one who carried something out.
  "قام",
  "قامت",
  "أصابت",
  "ضربت",
  "سقطت",
  "يرتدي",
  "يحمل",
  "التحق",
  "تسلل",
  "نفذ",
]);
/** Attack nouns a nisba such as «انتحاري» describes («تفجير انتحاري»، «هجوم انتحاري»). */
const ATTACK_NOUNS_BEFORE = /^(?:تفجير|انفجار|هجوم|هجوما|اعتداء|عمليه|تفجيرا|انفجارا)$/u;
/** What was done with one munition before it is named: «زرع عبوة ناسفة»، «وضع قنبلة». */
const PLACED_VERBS = keySet(["زرع", "زرعت", "وضع", "وضعت", "فجر", "فجرت"]);
const QAD = toKey("قد");
const CARRIED_OUT = keySet([
  "نفذه",
  "نفذها",
  "نفذ",
  "يقودها",
  "يقوده",
  "قادها",
  "قاده",
  "فجره",
  "فجرها",
  "فجر",
  // «سيارة مفخخة يستقلها انتحاري»
  "يستقلها",
  "يستقله",
  "استقلها",
]);

const EXPLOSION_WORDS = keySet(["انفجار", "تفجير"]);
const FOLLOWED_BY = keySet(["أعقبه", "تلاه", "وأعقبه", "وتلاه", "يليه", "أعقبها", "تلاها"]);
const ANOTHER_ONE = keySet(["آخر", "ثان", "ثاني", "ثانٍ"]);

/** «وقع انفجار خارج المطار، أعقبه انفجار آخر»: two explosions, told one after the other. */
function explosionFollowed(
  model: TextModel,
  sentence: { first: number; last: number },
  covered: readonly Range[],
): FoundCount[] {
  const { tokens, text } = model;
  for (let k = sentence.first; k <= sentence.last; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || !EXPLOSION_WORDS.has(stripConj(t.key))) continue;
    for (let j = k + 1; j <= Math.min(sentence.last - 2, k + 10); j++) {
      const f = tokens[j];
      if (f?.kind !== "word" || !FOLLOWED_BY.has(f.key)) continue;
      const second = tokens[j + 1];
      const other = tokens[j + 2];
      if (!EXPLOSION_WORDS.has(second?.key ?? "") || !ANOTHER_ONE.has(other?.key ?? "") || !second || !other) break;
      const range = { start: conjSkip(t), end: other.end };
      if (covered.some((r) => range.start < r.end && r.start < range.end)) return [];
      return [
        {
          kind: "COUNT",
          range,
          figures: { thing: text.slice(second.start, second.end), value: { qualifier: "exactly", value: 2 } },
          thing: { start: second.start, end: second.end },
          since: null,
          asOf: null,
        },
      ];
    }
  }
  return [];
}

/** The key without و/ف and a glued ب/ل: «وبصاروخ» → «صاروخ». */
function munitionKey(key: string): string {
  return key.replace(/^[وف]?[بل]?(?=.{4})/u, "");
}

/**
 * One munition (or two, in a construct dual) named without a number: «سقوط صاروخ قرب القاعدة»،
 * «استهدف بطائرة مسيرة»، «أحد الصواريخ»، «صاروخي كاتيوشا»; «لم يسقط أي صاروخ» is none. Not the
 * kind of an attack («هجوم بطائرة مسيرة»), nor one of a series («صاروخا رابعا»).
 */
function singularMunitions(
  model: TextModel,
  sentence: { first: number; last: number },
  covered: readonly Range[],
): FoundCount[] {
  const out: FoundCount[] = [];
  const { tokens, text } = model;
  const prevWord = (k: number): Tok | undefined => {
    let j = k - 1;
    while (j >= sentence.first && tokens[j]?.kind === "punct" && !isPunct(tokens[j], "،", ",", ".", ":")) j--;
    return j >= sentence.first ? tokens[j] : undefined;
  };
  const nextWord = (k: number): Tok | undefined => {
    let j = k + 1;
    while (j <= sentence.last && tokens[j]?.kind === "punct" && !isPunct(tokens[j], "،", ",", ".", ":")) j++;
    return j <= sentence.last ? tokens[j] : undefined;
  };
  let weaponEnd = -1;
  for (let k = sentence.first; k <= sentence.last; k++) {
    const t = tokens[k];
    if (t?.kind !== "word" || covered.some((r) => t.start < r.end && r.start < t.end)) continue;
    const key = munitionKey(t.key);
    const next = nextWord(k);
    let value: number | null = null;
    let last = t;
    if (ONE_OF.has(stripConj(t.key)) && next?.kind === "word" && ONE_OF_THINGS.has(next.key)) {
      out.push(exactCount(text, { start: t.start, end: next.end }, { start: next.start, end: next.end }, 1));
      k = next.index;
      continue;
    }
    // «نفذه انتحاري»، «يقودها انتحاري»: one attacker, told by what he did (attackers are counted people).
    const prev = prevWord(k);
    // («فجر» keeps its ف: it is no conjunction there.)
    const carriedOut = prev?.kind === "word" && (CARRIED_OUT.has(prev.key) || CARRIED_OUT.has(stripConj(prev.key)));
    if (ATTACKER.has(stripConj(t.key)) && carriedOut) {
      out.push(exactCount(text, { start: t.start, end: t.end }, { start: t.start, end: t.end }, 1));
      continue;
    }
    // «قنبلة انفجرت قرب الكنيسة»، «إن انتحارياً دخل المبنى»، «غارة جوية استهدفت المستودع»، «زرع عبوة ناسفة
    // أسفل المقعد»: one attacker or munition (indefinite, no preposition glued), told by what it did or
    // what was done with it — not the weapon an attack was made with («بعبوة ناسفة»).
    // («تفجير انتحاري استهدف»: «انتحاري» describes the attack before it.)
    const describesAttack =
      prev?.kind === "word" &&
      prev.index === k - 1 &&
      ATTACK_NOUNS_BEFORE.test(munitionKey(prev.key).replace(/^ال/u, ""));
    if (
      ACTING_ONE.has(stripConj(t.key)) &&
      stripConj(t.key) === t.key.replace(/^[وف](?=.{3})/u, "") &&
      !describesAttack
    ) {
      let end = k;
      while (end < Math.min(sentence.last, k + 2) && readAs(tokens[end + 1], ACTING_ADJECTIVES)) end++;
      // («وكان انتحاري قد فجر نفسه»: «قد» before the verb.)
      const then = tokens[end + 1]?.key === QAD ? tokens[end + 2] : tokens[end + 1];
      const acted = readAs(then, ACTING_VERBS) !== null;
      const placed = prev?.kind === "word" && prev.index === k - 1 && readAs(prev, PLACED_VERBS) !== null;
      const last = tokens[end];
      if ((acted || placed) && last) {
        out.push(exactCount(text, { start: t.start, end: last.end }, { start: t.start, end: last.end }, 1));
        k = end;
        continue;
      }
    }
    const explosion = oneExplosionAt(model, k, sentence);
    if (explosion) {
      out.push(explosion);
      k = lastTokenBefore(tokens, explosion.range.end);
      continue;
    }
    const twoBlasts = constructDualBlasts(model, k, sentence.last);
    if (twoBlasts) {
      out.push(twoBlasts);
      continue;
    }
    const attacker = oneAttackerAt(model, k, sentence);
    if (attacker) {
      out.push(attacker);
      continue;
    }
    const carBomb = carBombAt(model, k, sentence.last);
    if (carBomb) {
      out.push(carBomb);
      k = lastTokenBefore(tokens, carBomb.range.end);
      continue;
    }
    if (TWO_MUNITIONS.has(key) && next?.kind === "word" && MUNITION_TYPES.has(next.key)) {
      value = 2;
      last = next;
    } else if (ONE_MUNITION.has(key) || (key === AIRCRAFT && next?.kind === "word" && DRONE_ADJECTIVES.has(next.key))) {
      if (isDefinite(t.key)) continue;
      // «يستعدون لمسيرة مناهضة للحكومة»، «في مسيرة سلمية»: a march, not a drone.
      if (MARCH_KEYS.has(key) && (/^ل/u.test(stripConj(t.key)) || readAs(next, MARCH_ADJECTIVES))) continue;
      value = 1;
      if (key === AIRCRAFT && next) last = next;
      else if (next?.kind === "word" && MUNITION_TYPES.has(next.key)) last = next;
    }
    if (value === null) continue;
    const before = prevWord(k);
    // «طائرات مسيرة»: «مسيرة» is the adjective of the word before it.
    if (
      key !== AIRCRAFT &&
      DRONE_ADJECTIVES.has(key) &&
      before?.kind === "word" &&
      before.index === k - 1 &&
      /^(?:طايره|طايرات)$/u.test(munitionKey(before.key).replace(/^ال/u, ""))
    )
      continue;
    let after = nextWord(last.index);
    if (readAs(before, ATTACK_KIND_BEFORE) || (before && ATTACK_KIND_BEFORE.has(stripConj(before.key)))) {
      weaponEnd = last.index;
      continue;
    }
    // «استهدف منزله بطائرة مسيرة»، «باستخدام طائرة مسيرة»، «بصاروخ وطائرة مسيرة»: the weapon of an
    // attack, not a number of weapons (one munition counts when it falls, hits or acts).
    const instrument = value === 1 && /^[وف]?ب/u.test(t.key) && key !== stripConj(t.key);
    const coordinated = /^و/u.test(t.key) && weaponEnd >= 0 && before?.index === weaponEnd;
    if (instrument || coordinated || (before && readAs(before, USING))) {
      weaponEnd = last.index;
      continue;
    }
    let qualifier: FigureValue["qualifier"] = "exactly";
    const thingEnd = last.end;
    // «صاروخا واحدا على الأقل سقط»: one, said with «واحد».
    if (value === 1 && after?.kind === "word" && ONE_WORDS.has(after.key)) {
      last = after;
      after = nextWord(last.index);
    } else if (after?.kind === "word" && SERIES_AFTER.has(after.key)) continue;
    // «سقط صاروخ على الأقل»
    const least = after ? nextWord(after.index) : undefined;
    if (value === 1 && after?.key === toKey("على") && least?.key === toKey("الأقل")) {
      qualifier = "at_least";
      last = least;
    }
    if (before && readAs(before, ANY)) {
      // «لم يسقط أي صاروخ»: none, when a negation comes just before.
      const neg = tokens
        .slice(Math.max(sentence.first, before.index - 3), before.index)
        .some((x) => x.kind === "word" && ["لم", "ولم", "لا", "ولا"].includes(x.key));
      if (!neg) continue;
      value = 0;
    }
    const opener = before && readAs(before, FALL_HIT) && before.index === k - 1 ? before : null;
    const start =
      value === 0 && before
        ? (tokens
            .slice(Math.max(sentence.first, before.index - 3), before.index)
            .find((x) => ["لم", "ولم", "لا", "ولا"].includes(x.key))?.start ?? before.start)
        : opener
          ? conjSkip(opener)
          : t.start;
    const thingStart = t.charStarts[t.key.length - key.length] ?? t.start;
    out.push({
      kind: "COUNT",
      range: { start, end: last.end },
      figures: { thing: text.slice(thingStart, thingEnd), value: { qualifier, value } },
      thing: { start: thingStart, end: thingEnd },
      since: null,
      asOf: null,
    });
    k = last.index;
  }
  return out;
}

/** «تفجيري أنقرة»: the construct dual of an explosion, which lost its ن before what it is of. */
const BLASTS_OF = keySet(["تفجيري", "انفجاري", "تفجيرى", "انفجارى"]);
/** Nouns «تفجيري» describes as a nisba adjective: «عمل تفجيري»، «حزام تفجيري». */
const NISBA_HOSTS = keySet([
  "عمل",
  "عملا",
  "هجوم",
  "هجوما",
  "حزام",
  "حزاما",
  "جهاز",
  "جهازا",
  "نشاط",
  "عملية",
  "طابع",
  "أسلوب",
  "مخطط",
  "حادث",
  "حادثة",
  "اعتداء",
  "عبوة",
  "انفجار",
  "تفجير",
  "سلاح",
  "مسلسل",
]);

/**
 * «ضحايا تفجيري أنقرة»، «رغم تفجيري منطقة برج البراجنة»: two explosions, told by the construct dual
 * before the place they were in — not the nisba of «عمل تفجيري», which follows the noun it describes.
 */
function constructDualBlasts(model: TextModel, k: number, last: number): FoundCount | null {
  const { tokens, text } = model;
  const t = tokens[k];
  if (t?.kind !== "word" || !BLASTS_OF.has(stripConj(t.key))) return null;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (k + 1 > last || next?.kind !== "word" || (prev?.kind === "word" && NISBA_HOSTS.has(bareKey(prev.key))))
    return null;
  const thing = { start: conjSkip(t), end: t.end };
  return exactCount(text, thing, thing, 2);
}

/** Someone told by the bomb they wore or set off on themselves: «رجل بحزام ناسف»، «شخص بتفجير نفسه». */
const PERSON_ONE = keySet(["رجل", "شخص", "شاب", "امرأة", "فتاة", "رجلا", "شخصا", "شابا"]);
/** One attacker, indefinite, before what he did: «انتحارياً يقود …». */
const ATTACKER_ONE = keySet(["انتحاري", "انتحاريا", "انتحارية", "مهاجم", "مهاجما"]);
const DROVE = keySet(["يقود", "تقود"]);
/** «أقدم على تفجير نفسه»: set about blowing himself up. */
const SET_ABOUT = keySet(["أقدم", "أقدمت"]);
const BLEW_HIMSELF = keySet(["بتفجير", "فجر", "فجرت", "يفجر", "تفجر"]);
const SELF = keySet(["نفسه", "نفسها"]);
const BELT = keySet(["بحزام", "حزاما", "حزام"]);
/** Verbs whose subject after them is the one attacker: «واستخدم المهاجم الانتحاري سيارة إسعاف». */
const ATTACKER_VERBS = keySet(["استخدم", "فجر", "نفذ", "قاد", "اقتحم", "دخل", "هاجم", "ركن", "تسلل"]);
const DEFINITE_ATTACKER = keySet(["المهاجم", "الانتحاري", "الانتحارية"]);
const SUICIDE_ADJECTIVES = keySet(["الانتحاري", "الانتحارية"]);
/**
 * «أحد الإرهابيين أقدم على تفجير نفسه …، تلاه إقدام إرهابي آخر على تفجير نفسه»: the first attacker
 * followed by another one — two, from «أحد» to «آخر».
 */
function anotherAfter(model: TextModel, from: number, last: number, first: Tok): FoundCount | null {
  const { tokens, text } = model;
  for (let j = from; j <= Math.min(last, from + 15); j++) {
    if (!FOLLOWED_BY.has(tokens[j]?.key ?? "")) continue;
    for (let k = j + 1; k <= Math.min(last, j + 4); k++) {
      const w = tokens[k];
      if (w?.kind === "word" && ANOTHER_ONE.has(w.key)) {
        const thing = { start: conjSkip(first), end: tokens[first.index + 1]?.end ?? first.end };
        return exactCount(text, { start: thing.start, end: w.end }, thing, 2);
      }
    }
    return null;
  }
  return null;
}
const ONE_OF_THEM = keySet(["أحدهم", "أحدهما", "إحداهن"]);
const ONE_OF_ATTACKERS = keySet(["الأشخاص", "الإرهابيين", "الانتحاريين", "المهاجمين", "المسلحين", "الشبان", "الرجال"]);
const STARTED_TO = keySet(["قام", "أقدم", "عمد", "على"]);
const BLOWING_UP = keySet(["بتفجير", "تفجير"]);

/**
 * «قام بها رجل بحزام ناسف»، «قام شخص بتفجير نفسه»، «قام أحد الأشخاص بتفجير حزام ناسف»، «واستخدم المهاجم
 * الانتحاري سيارة إسعاف»: one attacker, told by what they did (attackers are counted people, convention 7).
 */
function oneAttackerAt(model: TextModel, k: number, sentence: { first: number; last: number }): FoundCount | null {
  const { tokens, text } = model;
  const t = tokens[k];
  if (t?.kind !== "word") return null;
  const key = stripConj(t.key);
  const one = (end: number): FoundCount => {
    const thing = { start: conjSkip(t), end: tokens[end]?.end ?? t.end };
    return exactCount(text, thing, thing, 1);
  };
  // «فجر عسكري نفسه وسط سرية من الجنود»: the verb first, one person who blew himself up.
  const before = tokens[k - 1];
  if (
    k - 1 >= sentence.first &&
    k + 1 <= sentence.last &&
    before?.kind === "word" &&
    BLEW_HIMSELF.has(before.key.replace(/^و/u, "")) &&
    // («قبل أن يفجر انتحاري آخر نفسه»: another one, still one; «فجر إرهابي انتحاري نفسه»: with his nisba.)
    (SELF.has(tokens[k + 1]?.key ?? "") ||
      ((readAs(tokens[k + 1], ANOTHER_ONE) !== null || isNisba(tokens[k + 1]?.key ?? "")) &&
        SELF.has(tokens[k + 2]?.key ?? ""))) &&
    !/^[وفبل]?ال/u.test(t.key) &&
    // («فجر أحدهم نفسه عند المدخل»: one of them.)
    (PERSON_ONE.has(key) || isNisba(key) || ONE_OF_THEM.has(key))
  )
    return one(k);
  // «انتحارياً يقود سيارة مفخخة»، «انتحارياً كان يقود سيارة»: one attacker, told driving.
  if (ATTACKER_ONE.has(key) && !/^[وفبل]?ال/u.test(t.key)) {
    const drove =
      readAs(tokens[k + 1], DROVE) !== null ||
      (tokens[k + 1]?.key === toKey("كان") && readAs(tokens[k + 2], DROVE) !== null);
    if (drove && k + 2 <= sentence.last) return one(k);
  }
  // «ثم أقدم انتحاري آخر على تفجير نفسه»: set about it, verb first (with «آخر» or his nisba).
  if (
    k - 1 >= sentence.first &&
    readAs(before, SET_ABOUT) !== null &&
    !/^[وفبل]?ال/u.test(t.key) &&
    (PERSON_ONE.has(key) || isNisba(key))
  ) {
    const on = readAs(tokens[k + 1], ANOTHER_ONE) !== null || isNisba(tokens[k + 1]?.key ?? "") ? k + 2 : k + 1;
    if (
      on + 2 <= sentence.last &&
      tokens[on]?.key === toKey("على") &&
      tokens[on + 1]?.key === toKey("تفجير") &&
      SELF.has(tokens[on + 2]?.key ?? "")
    )
      return one(on > k + 1 ? k + 1 : k);
  }
  // («وكان انتحاري أقدم على تفجير نفسه»: the attacker named as one.)
  if (PERSON_ONE.has(key) || (ATTACKER.has(key) && SET_ABOUT.has(tokens[k + 1]?.key ?? ""))) {
    const a = tokens[k + 1];
    const b = tokens[k + 2];
    if (k + 2 > sentence.last || a?.kind !== "word" || b?.kind !== "word") return null;
    if (BELT.has(a.key) && /^ناسف/u.test(b.key)) return one(k + 2);
    if (BLEW_HIMSELF.has(a.key) && SELF.has(b.key)) return one(k);
    // «إن شخصاً أقدم على تفجير نفسه»
    const [c, d] = [tokens[k + 3], tokens[k + 4]];
    if (
      SET_ABOUT.has(a.key) &&
      b.key === toKey("على") &&
      k + 4 <= sentence.last &&
      c?.key === toKey("تفجير") &&
      SELF.has(d?.key ?? "")
    )
      return one(k);
    return null;
  }
  // «قام أحد الأشخاص بتفجير حزام ناسف»، «أحد الإرهابيين أقدم على تفجير نفسه»: one of them blew himself up.
  if (ONE_OF.has(key) && readAs(tokens[k + 1], ONE_OF_ATTACKERS) && k + 1 <= sentence.last) {
    for (let j = k + 2; j <= Math.min(sentence.last, k + 4); j++) {
      const w = tokens[j];
      if (w?.kind !== "word") break;
      if (BLOWING_UP.has(w.key)) return anotherAfter(model, j, sentence.last, t) ?? one(k + 1);
      if (!STARTED_TO.has(stripConj(w.key))) break;
    }
    return null;
  }
  // «إن الانتحاري فجر نفسه داخل المسجد»: the attacker named by what he did to himself.
  if (
    DEFINITE_ATTACKER.has(key) &&
    k + 2 <= sentence.last &&
    BLEW_HIMSELF.has(tokens[k + 1]?.key ?? "") &&
    SELF.has(tokens[k + 2]?.key ?? "")
  )
    return one(k);
  if (DEFINITE_ATTACKER.has(key) && k - 1 >= sentence.first && readAs(tokens[k - 1], ATTACKER_VERBS)) {
    const adjective = readAs(tokens[k + 1], SUICIDE_ADJECTIVES) !== null;
    return one(adjective && k + 1 <= sentence.last ? k + 1 : k);
  }
  return null;
}

const ONE_EXPLOSION = keySet(["انفجار", "تفجير", "انفجارا", "تفجيرا"]);
const EXPLOSION_ADJECTIVES = keySet([
  "ضخم",
  "ضخما",
  "مدو",
  "مدوي",
  "مدويا",
  "قوي",
  "قويا",
  "عنيف",
  "عنيفا",
  "هائل",
  "هائلا",
  "كبير",
  "كبيرا",
  "انتحاري",
  "انتحاريا",
  "ثان",
  "ثاني",
  "ثانيا",
  "آخر",
  "جديد",
  "جديدا",
]);
/** What one explosion did: «انفجار ضخم وقع»، «تفجير انتحاري استهدف المسجد»، «انفجار حطم الجدران». */
const EXPLOSION_VERBS = keySet(["وقع", "استهدف", "هز", "حطم", "دمر", "أحدث", "أدى", "أسفر", "أودى", "طال", "ضرب"]);
/** Verbs told before one explosion: «دوى انفجار ثان»، «وقع انفجار في السوق»، «هز انفجار العاصمة». */
const EXPLOSION_BEFORE = keySet(["وقع", "دوى", "دوت", "هز"]);
const ALREADY = keySet(["قد"]);
/** «بعد تفجير استهدف …»، «ومنها تفجير انتحاري وقع قبل …»: an explosion told as the time of something else, or one of a list. */
const AFTER_OR_AMONG = keySet(["إثر", "اثر", "عقب", "بعد", "ومنها", "منها"]);
/** «حصيلة ضحايا انفجار وقع بمسجد»، «موقع انفجار»: an explosion in a genitive names what else is told. */
const GENITIVE_HEADS = keySet(["ضحايا", "حصيلة", "قتلى", "جرحى", "موقع", "مكان", "سبب", "صوت", "آثار", "حجم", "قوة"]);
/** «سمع دوي انفجار»: the sound of an explosion heard («دوى انفجار» with the verb still counts). */
const HEARD = keySet(["سمع", "سماع", "سمعوا", "سماعه", "سمعت"]);

/**
 * «انفجار ضخم وقع»، «تفجير انتحاري استهدف مسجد»، «انفجارا قويا قد استهدف»، «انفجار، وقع اليوم،»،
 * «دوى انفجار ثان»: one explosion (indefinite, no preposition glued), told by what it did or by its
 * happening — counted 1 (convention 7) also where it is the cause of a toll («قتل 5 في تفجير استهدف الكنيسة»), unlike
 * the bare weapon of one («بانفجار عبوة»).
 */
function oneExplosionAt(model: TextModel, k: number, sentence: { first: number; last: number }): FoundCount | null {
  const { tokens, text } = model;
  const t = tokens[k];
  if (t?.kind !== "word" || !ONE_EXPLOSION.has(stripConj(t.key))) return null;
  let end = k;
  while (
    end < Math.min(sentence.last, k + 2) &&
    tokens[end + 1]?.kind === "word" &&
    EXPLOSION_ADJECTIVES.has(tokens[end + 1]!.key)
  )
    end++;
  let j = end + 1;
  if (isPunct(tokens[j], "،", ",")) j++;
  if (tokens[j]?.kind === "word" && ALREADY.has(tokens[j]!.key)) j++;
  const acted = j <= sentence.last && readAsVerb(tokens[j], EXPLOSION_VERBS) !== null;
  const prev = tokens[k - 1];
  if (prev?.kind === "word" && (AFTER_OR_AMONG.has(prev.key) || GENITIVE_HEADS.has(bareKey(stripConj(prev.key)))))
    return null;
  if (readAs(tokens[k - 2], HEARD)) return null;
  // «وقع انفجار سيارة مفخخة»: the vehicle or the bomb is what is counted (carBombAt).
  const next = tokens[k + 1];
  if (next?.kind === "word" && (VEHICLES.has(stripConj(next.key)) || BOMBS.has(stripConj(next.key)))) return null;
  const happened = k - 1 >= sentence.first && readAsVerb(prev, EXPLOSION_BEFORE) !== null;
  if (!acted && !happened) return null;
  const thing = { start: conjSkip(t), end: tokens[end]!.end };
  return exactCount(text, thing, thing, 1);
}

/** «جراء»، «نتيجة»، «بسبب»: what comes after is the cause of what was told before it. */
const CAUSE_WORDS = keySet(["جراء", "نتيجة", "بسبب", "إثر", "اثر"]);

/** Vehicles made into bombs: «سيارة مفخخة»، «عربة مفخخة»، «سيارة إسعاف مفخخة»، «دراجة نارية مفخخة». */
const VEHICLES = keySet(["سيارة", "عربة", "شاحنة", "صهريج", "دراجة", "حافلة", "آلية"]);
const VEHICLE_KINDS = keySet(["إسعاف", "اسعاف", "نارية", "مدنية", "رباعية"]);
const RIGGED = keySet(["مفخخة", "مفخخ", "ملغومة", "ملغمة"]);
const EXPLODED = keySet(["انفجرت", "انفجر", "فجرت", "تنفجر", "ينفجر", "فجروا", "فجر"]);
/** A vehicle that itself exploded («انفجرت حافلة»، «السيارة انفجرت»), not one that was blown up by someone. */
const EXPLODED_ITSELF = keySet(["انفجرت", "انفجر", "تنفجر", "ينفجر"]);
/** «حافلة صغيرة»، «شاحنة كبيرة»: the vehicle's size between it and what it did. */
const VEHICLE_SIZES = keySet(["صغيرة", "كبيرة", "أخرى", "اخرى"]);
/** «سيارة مليئة بالمتفجرات»: a vehicle filled with explosives. */
const FILLED = keySet(["مليئة", "مملوءة", "محشوة", "محملة", "معبأة", "مشحونة"]);
/** «سيارة مفخخة استهدفت الحاجز»، «سيارة مفخخة وضعت قرب المقر»: what the one vehicle did, besides exploding (not a bomb placed in it). */
const VEHICLE_DID: ReadonlySet<string> = new Set([...EXPLODED, ...keySet(["استهدفت", "وضعت"])]);
const BOMBS = keySet(["قنبلة", "عبوة"]);
const BOMB_ADJECTIVES = keySet(["ناسفة", "لاصقة", "مفخخة", "يدوية", "موقوتة"]);

/**
 * «انفجار سيارة إسعاف مفخخة»، «تفجير عربة مفخخة قرب الكراج»، «سيارة مفخخة انفجرت»، «انفجرت شاحنة
 * مفخخة»: one vehicle bomb, told by its explosion — counted (convention 7), unlike the weapon of an
 * attack («الهجوم بسيارة مفخخة», whose glued ب keeps it out). The claim starts at the explosion's word.
 */
function carBombAt(model: TextModel, k: number, last: number): FoundCount | null {
  const { tokens, text } = model;
  const t = tokens[k];
  if (t?.kind !== "word") return null;
  const key = stripConj(t.key);
  let adj = k + 1;
  let rigged: Tok | undefined;
  const vehicle = VEHICLES.has(key) || VEHICLES.has(bareKey(key));
  if (vehicle) {
    if (readAs(tokens[adj], VEHICLE_KINDS) || readAs(tokens[adj], VEHICLE_SIZES)) adj++;
    rigged = tokens[adj];
    // «فجّر سيارة مليئة بالمتفجرات»: filled with explosives, two words.
    if (readAs(rigged, FILLED) && /^بال(?:متفجرات|مواد)$/u.test(tokens[adj + 1]?.key ?? "")) rigged = tokens[++adj];
    else if (adj > last || rigged?.kind !== "word" || !RIGGED.has(rigged.key)) {
      // «انفجرت حافلة صغيرة خارج المجمع»، «السيارة انفجرت»: a vehicle that exploded, the verb beside it.
      const beside = [tokens[k - 1], tokens[adj]].some(
        (x) => x?.kind === "word" && (EXPLODED_ITSELF.has(x.key) || EXPLODED_ITSELF.has(stripConj(x.key))),
      );
      if (!beside || /^[بل]/u.test(key) || readAs(tokens[k - 2], CAUSE_WORDS)) return null;
      const end = adj > k + 1 ? tokens[adj - 1]! : t;
      const thing = { start: conjSkip(t), end: end.end };
      return exactCount(text, thing, thing, 1);
    }
  } else if (BOMBS.has(key)) {
    // «انفجار قنبلة داخل مستشفى»، «انفجرت عبوة ناسفة قرب الدورية»: a bomb, with its adjective if any.
    rigged = readAs(tokens[adj], BOMB_ADJECTIVES) && adj <= last ? tokens[adj] : t;
    if (rigged === t) adj = k;
  } else return null;
  if (!rigged) return null;
  const prev = tokens[k - 1];
  // («قتل 15 جراء انفجار سيارة مفخخة»: the explosion told as the cause of a toll names its weapon, as «بسيارة مفخخة».)
  const explosion =
    prev?.kind === "word" &&
    !/^ب/u.test(prev.key) &&
    EXPLOSION_WORDS.has(bareKey(prev.key)) &&
    !readAs(tokens[k - 2], CAUSE_WORDS);
  // («فجر انتحاري شاحنة ملغومة»: the vehicle the attacker set off.)
  const setOff =
    prev?.kind === "word" &&
    ATTACKER.has(stripConj(prev.key)) &&
    // («فجر» keeps its ف: it is no conjunction there.)
    (BLEW_HIMSELF.has(tokens[k - 2]?.key ?? "") || BLEW_HIMSELF.has(stripConj(tokens[k - 2]?.key ?? ""))) &&
    RIGGED.has(rigged.key);
  // («وضعت» keeps its و: it is no conjunction there.)
  const did = VEHICLES.has(key) ? VEHICLE_DID : EXPLODED;
  const didIt = (x: Tok | undefined) => x?.kind === "word" && (did.has(x.key) || did.has(stripConj(x.key)));
  const exploded = setOff || didIt(prev) || (adj + 1 <= last && didIt(tokens[adj + 1]));
  if (!explosion && !exploded) return null;
  const thing = { start: conjSkip(t), end: rigged.end };
  return exactCount(text, { start: explosion && prev ? conjSkip(prev) : thing.start, end: rigged.end }, thing, 1);
}

/**
 * «نفذت الفصائل 30 هجوماً، 18 منها في العراق و12 في سوريا»: a number without its noun (or with a
 * prepositional phrase where the noun would be) that takes a part («منها») of the count before it,
 * or is coordinated with such a part, counts the same thing.
 */
function elidedCount(
  model: TextModel,
  fig: Figure,
  lastTok: Tok,
  sentenceFirst: number,
  out: ReadonlyArray<FoundCasualty | FoundCount>,
  offset: number,
  excluded: readonly Range[],
): FoundCount | null {
  if (fig.role || fig.unit || (fig.value === undefined && fig.qualifier !== "range")) return null;
  const nounTok = model.tokens.find(
    (t) =>
      t.start >= offset + fig.start &&
      t.end <= offset + fig.end &&
      fig.noun !== undefined &&
      model.text.slice(t.start, t.end).endsWith(fig.noun),
  );
  // «4 صواريخ من أصل 7 سقطت»: the whole the part is out of counts the same thing, whatever follows it.
  const outOf = outOfCount(model, fig, offset, sentenceFirst, out);
  if (outOf) return outOf;
  const nounless = fig.noun === undefined || (nounTok !== undefined && PREPOSITION_GLUED.test(nounTok.key));
  if (!nounless) return null;
  const start = offset + fig.start;
  if (excluded.some((x) => start < x.end && x.start < offset + fig.end)) return null;
  const firstIdx = model.tokens.findIndex((t) => t.end > start);
  if (fig.noun === undefined) {
    const total = totalOfCount(model, fig, firstIdx, offset + fig.end, sentenceFirst);
    if (total) return total;
  }
  const sentenceStart = model.tokens[sentenceFirst]?.start ?? 0;
  let next = model.tokens[(nounTok ? nounTok.index : lastTok.index) + (nounTok ? 0 : 1)];
  // «نُقل /27/ منهم»: a number set between slashes.
  if (!nounTok && isPunct(next, "/")) next = model.tokens[(next?.index ?? 0) + 1];
  const ofThem = next?.kind === "word" && OF_THEM.has(next.key);
  const rest =
    lastTok.kind === "word" && REST_WORDS.has(lastTok.key) && /^[وف]?ال/u.test(model.tokens[firstIdx]?.key ?? "");
  const inSentence = [...out]
    .reverse()
    .find((f): f is FoundCount => f.kind === "COUNT" && f.range.end <= start && f.range.start >= sentenceStart);
  // A part («منها»، «الباقون») may take its thing from a figure of an earlier sentence.
  // «عاد 76 إلى الخدمة»: a bare number as the subject of its verb, a part of what was counted before.
  const verbIdx = isPunct(model.tokens[firstIdx - 1], "/") ? firstIdx - 2 : firstIdx - 1;
  const afterVerb = fig.noun === undefined && readAsVerb(model.tokens[verbIdx], SUBJECT_AFTER_VERBS) !== null;
  const earlier =
    ofThem || rest || afterVerb
      ? [...out].reverse().find((f) => f.range.end <= start && (f.kind === "COUNT" ? f.thing : f.victims) !== null)
      : undefined;
  const before = inSentence ?? earlier;
  // «77 منهم عادوا» with nothing counted before it: the pronoun stands for what is counted.
  const pronoun = ofThem && next ? { start: next.start, end: next.end } : null;
  const thingRange = before ? (before.kind === "COUNT" ? before.thing : before.victims) : pronoun;
  const thing = thingRange ? model.text.slice(thingRange.start, thingRange.end) : "";
  if (!thing || !thingRange) return null;
  const coordinated = /^[وف]/u.test(model.tokens[firstIdx]?.key ?? "") || model.tokens[firstIdx - 1]?.key === "و";
  // «ثلاث قواعد في العراق واثنتين في سوريا»: a bare number coordinated with a count, then a place.
  const sameThingElsewhere =
    inSentence !== undefined &&
    coordinated &&
    next?.kind === "word" &&
    ["في", "على"].includes(next.key) &&
    start - inSentence.range.end < 60;
  if (!ofThem && !rest && !afterVerb && !(inSentence?.elided === true && coordinated) && !sameThingElsewhere)
    return null;
  let end =
    (ofThem || rest) && next
      ? next.end
      : nounTok
        ? (model.tokens[nounTok.index - 1]?.end ?? offset + fig.end)
        : offset + fig.end;
  const value = figureValue(fig);
  // «اثنان منها على الأقل»: the qualifier after the part.
  const q1 = ofThem && next ? model.tokens[next.index + 1] : undefined;
  const q2 = q1 ? model.tokens[q1.index + 1] : undefined;
  if (value.qualifier === "exactly" && q1?.key === toKey("على") && q2?.kind === "word" && q2.key === toKey("الأقل")) {
    value.qualifier = "at_least";
    end = q2.end;
  }
  const verb = afterVerb ? model.tokens[verbIdx] : undefined;
  return {
    kind: "COUNT",
    range: { start: verb ? conjSkip(verb) : start, end },
    figures: { thing, value },
    thing: thingRange,
    since: null,
    asOf: null,
    elided: true,
  };
}

/** What links «عدد X» to the number it came to: «لا يقل عن»، «بلغ»، «وصل إلى»، «يتجاوز». */
const TOTAL_LINKS = keySet([
  "بلغ",
  "يبلغ",
  "وصل",
  "يصل",
  "ارتفع",
  "يرتفع",
  "إلى",
  "لا",
  "يقل",
  "عن",
  "هو",
  "نحو",
  "حوالي",
  "قرابة",
  ...["تجاوز", "يتجاوز", "يزيد", "زاد", "على", "يفوق", "فاق"],
  // «عدد المسلحين يقدر بخمسة أو ستة»: an estimate of the total.
  ...["يقدر", "قدر", "تقدر"],
]);
const MORE_THAN_LINKS = keySet(["تجاوز", "يتجاوز", "يزيد", "زاد", "يفوق", "فاق"]);
/** Totals of the dead and wounded are tolls, read by the casualty rules. */
const TOLL_TOTALS = keySet(["القتلى", "الجرحى", "المصابين", "الضحايا", "الشهداء", "الوفيات", "الإصابات", "المفقودين"]);

/**
 * «عدد منفذي الهجوم لا يقل عن ثلاثة»، «بلغ عدد المهاجمين أربعة»: a bare number that a total of the
 * thing named after «عدد» came to counts that thing; the claim runs from «عدد» to the number.
 */
function totalOfCount(
  model: TextModel,
  fig: Figure,
  firstIdx: number,
  figEnd: number,
  sentenceFirst: number,
): FoundCount | null {
  const { tokens } = model;
  let link = firstIdx - 1;
  let moreThan = false;
  while (link >= sentenceFirst && readAs(tokens[link], TOTAL_LINKS)) {
    if (readAs(tokens[link], MORE_THAN_LINKS)) moreThan = true;
    link--;
  }
  // «بلغ عدد المهاجمين أربعة»: the verb before «عدد», the thing right before the number.
  let of = link;
  while (of >= Math.max(sentenceFirst, link - 2) && stripConj(tokens[of]?.key ?? "") !== "عدد") of--;
  const ofTok = tokens[of];
  const thingTok = tokens[of + 1];
  if (of < sentenceFirst || ofTok?.kind !== "word" || stripConj(ofTok.key) !== "عدد") return null;
  if (thingTok?.kind !== "word" || of + 1 > link) return null;
  if (!/^[وف]?ال/u.test(stripConj(thingTok.key)) && !/(?:ها|هم|ه)$/u.test(thingTok.key)) return null;
  if (readAs(thingTok, TOLL_TOTALS)) return null;
  const thing = { start: thingTok.start, end: (tokens[link] ?? thingTok).end };
  const value = figureValue(fig);
  if (moreThan && value.qualifier === "exactly") value.qualifier = "more_than";
  return {
    kind: "COUNT",
    range: { start: conjSkip(ofTok), end: figEnd },
    figures: { thing: model.text.slice(thing.start, thing.end), value },
    thing,
    since: null,
    asOf: null,
    elided: true,
  };
}

const OUT_OF = keySet(["أصل"]);

/** «من أصل 7»: a bare number after «من أصل» counts what the count before it in the sentence counts. */
function outOfCount(
  model: TextModel,
  fig: Figure,
  offset: number,
  sentenceFirst: number,
  out: ReadonlyArray<FoundCasualty | FoundCount>,
): FoundCount | null {
  const start = offset + fig.start;
  const first = model.tokens.find((t) => t.end > start);
  if (!first || !OUT_OF.has(model.tokens[first.index - 1]?.key ?? "")) return null;
  if (parseArabicNumber(model.text.slice(first.start, first.end)) === null) return null;
  const sentenceStart = model.tokens[sentenceFirst]?.start ?? 0;
  const before = [...out]
    .reverse()
    .find((f): f is FoundCount => f.kind === "COUNT" && f.range.end <= start && f.range.start >= sentenceStart);
  if (!before?.thing) return null;
  return {
    kind: "COUNT",
    range: { start: first.start, end: first.end },
    figures: { thing: model.text.slice(before.thing.start, before.thing.end), value: figureValue(fig) },
    thing: before.thing,
    since: null,
    asOf: null,
    elided: true,
  };
}

/** «منذ 17 أكتوبر/تشرين الأول» after a count. */
function sinceAfter(
  model: TextModel,
  from: number,
  last: number,
  published: string | null,
): { date: string; range: Range } | null {
  for (let k = from + 1; k <= Math.min(last, from + 12); k++) {
    const t = model.tokens[k];
    if (t?.kind === "word" && t.key === SINCE) {
      const d = explicitDateAt(model, k + 1, published);
      if (d)
        return {
          date: d.date,
          range: { start: model.tokens[k + 1]?.start ?? t.start, end: model.tokens[d.last]?.end ?? t.end },
        };
      return null;
    }
  }
  return null;
}

/** «حتى الآن» (as of publication) or «حتى 5 مايو» in the sentence. */
function asOfIn(
  model: TextModel,
  first: number,
  last: number,
  published: string | null,
): { date: string; range: Range } | null {
  for (let k = first; k <= last; k++) {
    const t = model.tokens[k];
    if (t?.kind !== "word" || t.key !== UNTIL) continue;
    const next = model.tokens[k + 1];
    if (published && next && readAs(next, NOW)) return { date: published, range: { start: t.start, end: next.end } };
    const d = explicitDateAt(model, k + 1, published);
    if (d) return { date: d.date, range: { start: t.start, end: model.tokens[d.last]?.end ?? t.end } };
  }
  return null;
}
