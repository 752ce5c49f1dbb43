import { matchKey } from "../arabic/normalize";
import { extractFigures, type FigureValue } from "../arabic/numbers";
import type { TClaimKind } from "./claim-input";

/**
 * What a claim made from a selection probably is, read from the Arabic: casualty figures when the
 * parser finds killed/injured counts, a count when it finds a number with a counted noun, a
 * statement when a reporting verb is present. Only a proposal: the analyst edits it.
 */
export type TClaimPrefill = { kind: TClaimKind; figures: Record<string, unknown> };

const REPORTING_VERBS = [
  "قال",
  "قالت",
  "قالوا",
  "أضاف",
  "أضافت",
  "تابع",
  "أردف",
  "أكد",
  "أكدت",
  "أعلن",
  "أعلنت",
  "ذكر",
  "ذكرت",
  "أوضح",
  "أوضحت",
  "أشار",
  "أشارت",
  "صرح",
  "أفاد",
  "أفادت",
  "بين",
  "لفت",
  "شدد",
  "نقل",
  "نقلت",
  "نفى",
  "نفت",
  "زعم",
  "اعترف",
  "كشف",
  "حذر",
  "اعتبر",
  "أبلغ",
  "توعد",
  "توعدت",
].map(matchKey);

function value(f: FigureValue): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries({ qualifier: f.qualifier, value: f.value, min: f.min, max: f.max }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}

function hasReportingVerb(text: string): boolean {
  return text.split(/\s+/).some((word) => {
    const key = matchKey(word.replace(/^[وف]/, ""));
    return REPORTING_VERBS.includes(key) || REPORTING_VERBS.includes(matchKey(word));
  });
}

export function prefillClaim(text: string): TClaimPrefill {
  const figures = extractFigures(text);
  const killed = figures.find((f) => f.role === "killed");
  const injured = figures.find((f) => f.role === "injured");
  if (killed || injured) {
    return {
      kind: "CASUALTY",
      figures: { ...(killed ? { killed: value(killed) } : {}), ...(injured ? { injured: value(injured) } : {}) },
    };
  }
  const counted = figures.find((f) => f.noun && f.unit !== "percent");
  if (counted) return { kind: "COUNT", figures: { thing: counted.noun, value: value(counted) } };
  return { kind: hasReportingVerb(text) ? "STATEMENT" : "OTHER", figures: {} };
}
