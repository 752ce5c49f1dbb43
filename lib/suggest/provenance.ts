/**
 * Provenance of proposals: which rule made one, that rule's version, and how sure it is (0–1).
 * A rule's version is bumped when its behaviour changes, so data teams can filter accepted claims
 * by the rule and version that proposed them (the engine version says which engine ran).
 *
 * Confidence is a prior per rule, lowered where the rule had to guess (a speaker named earlier,
 * a vague figure, no counted thing) and raised where two readings agree (a figure with its source).
 * It orders and filters proposals; it is not a calibrated probability.
 */
import type { TProvenance } from "./types";

export const RULE_VERSIONS = {
  "statement.verb": 10,
  "statement.chain": 4,
  "statement.marker": 5,
  "statement.participle": 3,
  "statement.colon": 3,
  "statement.tweet": 1,
  "casualty.figure": 17,
  "casualty.none": 6,
  "count.figure": 16,
  "count.elided": 3,
  "date.mention": 2,
  "entity.registry": 1,
} as const;

export type TRuleId = keyof typeof RULE_VERSIONS;

const PRIOR: Record<TRuleId, number> = {
  "statement.verb": 0.85,
  "statement.chain": 0.85,
  "statement.marker": 0.75,
  "statement.participle": 0.75,
  "statement.colon": 0.7,
  "statement.tweet": 0.8,
  "casualty.figure": 0.85,
  "casualty.none": 0.8,
  "count.figure": 0.7,
  "count.elided": 0.6,
  "date.mention": 0.85,
  "entity.registry": 0.95,
};

/** Adjustments in points of confidence, added to the rule's prior and clamped to [0.05, 0.99]. */
export function provenance(rule: TRuleId, adjust: readonly number[] = []): TProvenance {
  const raw = adjust.reduce((a, b) => a + b, PRIOR[rule]);
  const confidence = Math.round(Math.min(0.99, Math.max(0.05, raw)) * 100) / 100;
  return { rule, ruleVersion: RULE_VERSIONS[rule], confidence };
}
