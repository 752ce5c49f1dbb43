import { ZFigureValue, type TFigureValue, type TQualifier } from "@/lib/claims/figures";
import type { TClaimKind } from "./types";

/**
 * The claim form's figures as typed (strings), and the conversions to and from the figures the
 * API stores (lib/claims/figures.ts). Nothing is validated here beyond "is it a number": the
 * server's schema decides, and its messages are shown under the fields.
 */
export type TFigureDraft = { qualifier: TQualifier; value: string; min: string; max: string };
export type TFiguresDraft = {
  killed: TFigureDraft;
  injured: TFigureDraft;
  victims: string;
  perpetrator: string;
  thing: string;
  count: TFigureDraft;
  asOf: string;
  since: string;
};

/** Every path the server may name in the figures (lib/claims/figures.ts), so its messages land under their input. */
export const FIGURE_PATHS = [
  "",
  "killed",
  "killed.value",
  "killed.min",
  "killed.max",
  "injured",
  "injured.value",
  "injured.min",
  "injured.max",
  "victims",
  "perpetrator",
  "thing",
  "value",
  "value.value",
  "value.min",
  "value.max",
  "asOf",
  "since",
] as const;

export const EMPTY_FIGURE: TFigureDraft = { qualifier: "exactly", value: "", min: "", max: "" };

export const EMPTY_FIGURES: TFiguresDraft = {
  killed: EMPTY_FIGURE,
  injured: EMPTY_FIGURE,
  victims: "",
  perpetrator: "",
  thing: "",
  count: EMPTY_FIGURE,
  asOf: "",
  since: "",
};

/** A stored figure, or null when the value is missing or not a figure. */
export function readFigure(value: unknown): TFigureValue | null {
  const parsed = ZFigureValue.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function str(value: unknown): string {
  return typeof value === "string" ? value : "";
}

function num(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}

function toDraft(value: unknown): TFigureDraft {
  const f = readFigure(value);
  return f ? { qualifier: f.qualifier, value: num(f.value), min: num(f.min), max: num(f.max) } : EMPTY_FIGURE;
}

/** The form's figures for stored (or prefilled) figures of any kind. */
export function draftFromFigures(figures: Record<string, unknown>): TFiguresDraft {
  return {
    killed: toDraft(figures.killed),
    injured: toDraft(figures.injured),
    victims: str(figures.victims),
    perpetrator: str(figures.perpetrator),
    thing: str(figures.thing),
    count: toDraft(figures.value),
    asOf: str(figures.asOf),
    since: str(figures.since),
  };
}

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** "٨٤" and "۸۴" read as 84, like the articles' own digits; "" is no number; anything else is NaN. */
export function parseNumber(text: string): number | undefined {
  const western = text
    .replace(ARABIC_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90))
    .replace(/[٫]/g, ".")
    .trim();
  if (western === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(western) ? Number(western) : Number.NaN;
}

export function isBlankFigure(d: TFigureDraft): boolean {
  return d.qualifier === "exactly" && d.value.trim() === "" && d.min.trim() === "" && d.max.trim() === "";
}

/** Paths of inputs that hold something that is not a number (shown before anything is sent). */
export function notNumbers(draft: TFiguresDraft, kind: TClaimKind): string[] {
  const figures: [string, TFigureDraft][] =
    kind === "CASUALTY"
      ? [
          ["killed", draft.killed],
          ["injured", draft.injured],
        ]
      : kind === "COUNT"
        ? [["value", draft.count]]
        : [];
  const bad: string[] = [];
  for (const [path, d] of figures) {
    const parts: [string, string][] =
      d.qualifier === "range"
        ? [
            ["min", d.min],
            ["max", d.max],
          ]
        : [["value", d.value]];
    for (const [part, text] of parts) if (Number.isNaN(parseNumber(text) ?? 0)) bad.push(`${path}.${part}`);
  }
  return bad;
}

function fromDraft(d: TFigureDraft): Record<string, unknown> {
  if (d.qualifier === "range") return { qualifier: "range", min: parseNumber(d.min), max: parseNumber(d.max) };
  return { qualifier: d.qualifier, value: parseNumber(d.value) };
}

/** The figures to send for a claim kind: casualty and count claims have them, the other kinds none. */
export function figuresFromDraft(draft: TFiguresDraft, kind: TClaimKind): Record<string, unknown> {
  if (kind === "CASUALTY") {
    return {
      ...(isBlankFigure(draft.killed) ? {} : { killed: fromDraft(draft.killed) }),
      ...(isBlankFigure(draft.injured) ? {} : { injured: fromDraft(draft.injured) }),
      victims: draft.victims.trim(),
      perpetrator: draft.perpetrator.trim(),
    };
  }
  if (kind === "COUNT") {
    return {
      thing: draft.thing.trim(),
      value: fromDraft(draft.count),
      ...(draft.asOf ? { asOf: draft.asOf } : {}),
      ...(draft.since ? { since: draft.since } : {}),
    };
  }
  return {};
}
