/**
 * Runs the number-parser table (numbers.cases.ts) and reports how many cases pass, for tests and
 * benchmark scripts. Pure: no I/O.
 */
import { casualtiesFromText, extractFigures, parseArabicNumber, type Figure, type FigureValue } from "./numbers";
import { NUMBER_CASES, type ExpectedFigure, type NumberCase } from "./numbers.cases";

export type CaseFailure = { input: string; kind: NumberCase["kind"]; expected: unknown; actual: unknown };

export type AccuracyReport = { cases: number; correct: number; failures: CaseFailure[] };

function sameValue(a: FigureValue | undefined, b: FigureValue | undefined): boolean {
  if (!a || !b) return a === b;
  return a.value === b.value && a.min === b.min && a.max === b.max && a.qualifier === b.qualifier;
}

function figureMatches(actual: Figure, expected: ExpectedFigure): boolean {
  if (!sameValue(actual, expected)) return false;
  if (actual.role !== (expected.role ?? null)) return false;
  if (expected.noun !== undefined && actual.noun !== expected.noun) return false;
  return actual.unit === expected.unit;
}

/** Runs one case; returns the actual result and whether it matches. */
export function runNumberCase(c: NumberCase): { ok: boolean; actual: unknown } {
  switch (c.kind) {
    case "parse": {
      const actual = parseArabicNumber(c.input);
      return { ok: actual === null || c.expect === null ? actual === c.expect : sameValue(actual, c.expect), actual };
    }
    case "figures": {
      const actual = extractFigures(c.input);
      const ok =
        actual.length === c.expect.length &&
        actual.every((f, i) => {
          const e = c.expect[i];
          return e !== undefined && figureMatches(f, e);
        });
      return { ok, actual };
    }
    case "casualties": {
      const actual = casualtiesFromText(c.input);
      const ok = sameValue(actual.killed, c.expect.killed) && sameValue(actual.injured, c.expect.injured);
      return { ok, actual };
    }
  }
}

/** The parser's accuracy on its table: `{ cases, correct }` plus the failing cases. */
export function numbersAccuracy(cases: readonly NumberCase[] = NUMBER_CASES): AccuracyReport {
  const failures: CaseFailure[] = [];
  for (const c of cases) {
    const { ok, actual } = runNumberCase(c);
    if (!ok) failures.push({ input: c.input, kind: c.kind, expected: c.expect, actual });
  }
  return { cases: cases.length, correct: cases.length - failures.length, failures };
}
