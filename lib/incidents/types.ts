/**
 * Incident features: what a claim says about the happening it reports, read from its sentence and
 * the article around it (lib/incidents/features.ts). Stored on Claim.features; clustering groups
 * claims into proposed incidents (Event rows with status PROPOSED) by them, and the link rules
 * compare them. Pure data.
 */
export const WEAPONS = ["mortar", "rocket", "missile", "drone", "ied", "airstrike", "gunfire"] as const;
export type TWeapon = (typeof WEAPONS)[number];

export const VICTIM_CATEGORIES = ["civilian", "military", "militant", "unknown"] as const;
export type TVictimCategory = (typeof VICTIM_CATEGORIES)[number];

export type TIncidentFeatures = {
  /** The day the happening took place (YYYY-MM-DD), resolved against the publication date; null when unknown. */
  date: string | null;
  /**
   * How the date was found: an explicit day, a weekday or «أمس», only the publication date, or
   * "recent" — a happening the report recalls as days before it («بعد أيام على استهداف…»): the
   * publication date stands for a day up to two weeks before it.
   */
  dateSource: "explicit" | "relative" | "published" | "recent" | null;
  /** Gazetteer keys of the places named (lib/incidents/gazetteer.ts), most specific first. */
  places: string[];
  /** Where the places were read: the claim's own sentence, or (when it names none) the article's lead. */
  placeSource: "sentence" | "lead" | null;
  /** What was hit: "embassy", "base:<place key>", "airport:<place key>", "convoy" … */
  targets: string[];
  weapons: TWeapon[];
  /** Who did it, where the figure itself names them («قتلتهم الضربات الأمريكية»): actor keys. */
  perpetrators: string[];
  /** Every actor the claim's sentence or the lead names (attackers, claimants, targets' owners): for matching, never for contradiction. */
  actors: string[];
  victimCategory: TVictimCategory;
  /** Whose the victims are, where their words say it («جنود أمريكيين»، «منتسبي القوة الجوية العراقية»): "us", "iraq" …, else null. */
  victimNationality: string | null;
  /** For a count: the places its figure is about (the words right after it: «18 منها في العراق»), else its sentence's. */
  scope: string[];
  /**
   * For a count, the period it covers: "since:YYYY-MM-DD", "day", "week", "month", "year" (a fixed window),
   * "running" (a running total with no start: «حتى الآن», «خلال الأسابيع الماضية»), or null (a count of one happening).
   * For a casualty, "running" when the toll is counted over a year or a war («منذ بداية العام»): no incident's toll.
   */
  period: string | null;
  /** Where the claim's sentence starts in its article: two claims of one sentence are one mention (absent on older rows). */
  sentenceStart?: number;
  /** The day the figure was reported, when the sentence dates its report («أعلن البنتاغون، الثلاثاء، أن…»); null: the publication date. */
  reportedOn: string | null;
  /** The sentence tells an earlier figure the report goes on to revise («وكان … أعلن في البداية»). */
  earlier: boolean;
  /** Stems of the words around the figure: what part of a toll a count of people is (returned to duty, moved to hospital). */
  frame: string[];
  /** For a count of munitions: «ثلاثة منها»، «سقطت قرب المجمع» — some of them, or those that fell in one spot (absent on older rows). */
  part?: boolean;
  /** Where the counted munitions fell, when the words after the count say: inside the target or near it. */
  fell?: "inside" | "near";
  /** «500 مصاب في مستشفى واحد»، «120 لا يزالون في العناية»: a part of the toll, never compared with tolls (absent on older rows). */
  partial?: boolean;
  /** «بزيادة 45»، «14 إصابة جديدة»: a change in a toll, not a toll; never compared as one. */
  delta: boolean;
  /** «ارتفع عدد», «ارتفاع حصيلة … إلى», «بلغ عدد»: the figure is a raised or running total. */
  raised: boolean;
  /** «حصيلة أولية»، «غير نهائية»، «حتى الآن»: the toll is said to be open — a higher one the same day counts on from it (absent on older rows). */
  provisional?: boolean;
  /** The distinctive words of the lead and of the claim's sentence (./terms.ts): which incident, where no place is known (absent on older rows). */
  terms?: string[];
  /** Where the report says it happened, as it spells a place the gazetteer does not know (absent on older rows). */
  placeName?: string | null;
  /** The claim is told as part of a mention of another incident («بعد مقتل 75 في لاهور»), not of the report's own (absent on older rows). */
  aside?: boolean;
};

/** Event.features of a proposed incident: the union of its claims' features, for matching new claims. */
export type TIncidentSummary = {
  places: string[];
  /** The distinctive words its reports share (./terms.ts), at most MAX_INCIDENT_TERMS (absent on older rows). */
  terms?: string[];
  /** The heaviest words of each of its reports (absent on older rows). */
  anchors?: string[];
  /** Its first report's spelling of a place the gazetteer does not know, for its title (absent on older rows). */
  name?: string | null;
  actors: string[];
  targets: string[];
  weapons: TWeapon[];
  perpetrators: string[];
};
