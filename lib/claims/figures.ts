import { z } from "zod";
import type { TClaimKind } from "./claim-input";

/**
 * Typed claim figures. A value is exact, or a range with a qualifier, as the article put it:
 * "about 7" is { qualifier: "about", value: 7 }, "more than 150" { qualifier: "more_than", value: 150 },
 * "dozens" { qualifier: "range", min: 20, max: 99 }. Nonsense is refused with a message.
 */
export const QUALIFIERS = ["exactly", "about", "at_least", "more_than", "fewer_than", "at_most", "range"] as const;
export type TQualifier = (typeof QUALIFIERS)[number];

const ZCount = z.number().int("must be a whole number").nonnegative("cannot be negative");

export const ZFigureValue = z
  .object({
    qualifier: z.enum(QUALIFIERS).default("exactly"),
    value: ZCount.optional(),
    min: ZCount.optional(),
    max: ZCount.optional(),
  })
  .superRefine((f, ctx) => {
    if (f.qualifier === "range") {
      if (f.min === undefined && f.max === undefined)
        ctx.addIssue({ code: "custom", message: "a range needs min or max" });
      if (f.min !== undefined && f.max !== undefined && f.min > f.max)
        ctx.addIssue({ code: "custom", message: `min (${f.min}) is above max (${f.max})`, path: ["min"] });
    } else if (f.value === undefined) {
      ctx.addIssue({ code: "custom", message: `"${f.qualifier}" needs a value`, path: ["value"] });
    }
  });
export type TFigureValue = z.infer<typeof ZFigureValue>;

const ZDate = z.iso.date("use a date like 2023-12-09");

export const ZCasualtyFigures = z
  .object({
    killed: ZFigureValue.optional(),
    injured: ZFigureValue.optional(),
    victims: z.string().trim().max(300).default(""),
    perpetrator: z.string().trim().max(300).default(""),
  })
  .refine((f) => f.killed || f.injured, { message: "a casualty claim needs killed or injured figures" });

export const ZCountFigures = z
  .object({
    thing: z.string().trim().min(1, "a count must say what is counted").max(300),
    value: ZFigureValue,
    asOf: ZDate.optional(),
    since: ZDate.optional(),
  })
  .refine((f) => !f.asOf || !f.since || f.since <= f.asOf, {
    message: "since must not be after as-of",
    path: ["since"],
  });

export type TCasualtyFigures = z.infer<typeof ZCasualtyFigures>;
export type TCountFigures = z.infer<typeof ZCountFigures>;

/**
 * A claim's stored figures (the JSON column) as the API sends them: casualty figures (killed,
 * injured, victims, perpetrator), count figures (thing, value, asOf, since) or none, by the claim's
 * kind. Every write goes through `parseFigures` for its kind; this reads them back, each field checked.
 */
export const ZClaimFigures = z
  .object({
    killed: ZFigureValue.optional(),
    injured: ZFigureValue.optional(),
    victims: z.string().optional(),
    perpetrator: z.string().optional(),
    thing: z.string().optional(),
    value: ZFigureValue.optional(),
    asOf: ZDate.optional(),
    since: ZDate.optional(),
  })
  .describe("casualty figures (killed, injured, victims, perpetrator) or count figures (thing, value, asOf, since)");
export type TClaimFigures = z.output<typeof ZClaimFigures>;

/** Validates figures for a claim kind; kinds without figures must not carry any. */
export function parseFigures(
  kind: TClaimKind,
  figures: unknown,
): TCasualtyFigures | TCountFigures | Record<string, never> {
  if (kind === "CASUALTY") return ZCasualtyFigures.parse(figures);
  if (kind === "COUNT") return ZCountFigures.parse(figures);
  if (figures && typeof figures === "object" && Object.keys(figures).length > 0) {
    throw new z.ZodError([
      { code: "custom", message: `a ${kind.toLowerCase()} claim has no figures`, path: ["figures"], input: figures },
    ]);
  }
  return {};
}

/** Lowest and highest numbers a figure allows (`max` undefined = unbounded). */
export function figureBounds(f: TFigureValue): { min: number; max: number | undefined } {
  switch (f.qualifier) {
    case "exactly":
      return { min: f.value!, max: f.value! };
    case "about":
      // "About 7" is read as within 30% (at least ±1): loose enough for rounding, tight enough to contradict "dozens".
      return {
        min: Math.max(0, Math.floor(f.value! - Math.max(1, f.value! * 0.3))),
        max: Math.ceil(f.value! + Math.max(1, f.value! * 0.3)),
      };
    case "at_least":
      return { min: f.value!, max: undefined };
    case "more_than":
      return { min: f.value! + 1, max: undefined };
    case "fewer_than":
      return { min: 0, max: Math.max(0, f.value! - 1) };
    case "at_most":
      return { min: 0, max: f.value! };
    case "range":
      return { min: f.min ?? 0, max: f.max };
  }
}

/** Whether two figures can both be true: their bounds overlap. A missing figure conflicts with nothing. */
export function figuresCompatible(a: TFigureValue | undefined, b: TFigureValue | undefined): boolean {
  if (!a || !b) return true;
  const x = figureBounds(a);
  const y = figureBounds(b);
  return x.min <= (y.max ?? Infinity) && y.min <= (x.max ?? Infinity);
}

const EN: Record<TQualifier, string> = {
  exactly: "",
  about: "about ",
  at_least: "at least ",
  more_than: "more than ",
  fewer_than: "fewer than ",
  at_most: "at most ",
  range: "",
};
const AR: Record<TQualifier, string> = {
  exactly: "",
  about: "نحو ",
  at_least: "ما لا يقل عن ",
  more_than: "أكثر من ",
  fewer_than: "أقل من ",
  at_most: "ما لا يزيد على ",
  range: "",
};

/**
 * "about 7", "at least 84", "20–99", in English or Arabic (Western digits in both, as the sources
 * use). In Arabic a range is isolated left to right (U+2066 … U+2069): inside right-to-left text
 * "3–10" would otherwise read "10–3".
 */
export function formatFigure(f: TFigureValue, locale: "en" | "ar" = "en"): string {
  if (f.qualifier === "range") {
    if (f.min !== undefined && f.max !== undefined)
      return locale === "ar" ? `\u2066${f.min}–${f.max}\u2069` : `${f.min}–${f.max}`;
    return f.min !== undefined
      ? `${locale === "ar" ? "ما لا يقل عن " : "at least "}${f.min}`
      : `${locale === "ar" ? "حتى " : "up to "}${f.max}`;
  }
  return `${(locale === "ar" ? AR : EN)[f.qualifier]}${f.value}`;
}
