/**
 * Krippendorff's α and Cohen's κ over coded units, following Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability" (2011): values are paired within each unit into a coincidence
 * matrix, α = 1 − D_o / D_e. A unit can stand for several identical units (`weight`), so a run of
 * characters that every annotator coded the same way is counted once with its length.
 */

/** One unit: each observer's value, `null` where that observer gave none (missing). */
export type TUnit<V> = { values: readonly (V | null)[]; weight?: number };

export type TMetric = "nominal" | "interval";

function difference(metric: TMetric, c: string | number, k: string | number): number {
  if (metric === "nominal") return c === k ? 0 : 1;
  const d = Number(c) - Number(k);
  return d * d;
}

/**
 * α for any number of observers. Units with fewer than two values are not pairable and are left
 * out. `null` when α is undefined: fewer than two pairable values, or no variation at all (every
 * value the same, so agreement cannot be told from chance).
 */
export function krippendorffAlpha<V extends string | number>(
  units: Iterable<TUnit<V>>,
  metric: TMetric,
): number | null {
  // Coincidences o_ck, keyed by value; n_c their margins.
  const coincidences = new Map<V, Map<V, number>>();
  const margins = new Map<V, number>();
  let n = 0;
  for (const unit of units) {
    const present = unit.values.filter((v): v is V => v !== null);
    const m = present.length;
    if (m < 2) continue;
    const weight = unit.weight ?? 1;
    const counts = new Map<V, number>();
    for (const v of present) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [c, nc] of counts) {
      const row = coincidences.get(c) ?? new Map<V, number>();
      coincidences.set(c, row);
      for (const [k, nk] of counts) {
        // Ordered pairs of different observers' values: n_c·n_k, or n_c·(n_c − 1) for c = k.
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        if (pairs === 0) continue;
        row.set(k, (row.get(k) ?? 0) + (weight * pairs) / (m - 1));
      }
      margins.set(c, (margins.get(c) ?? 0) + weight * nc);
    }
    n += weight * m;
  }
  if (n < 2) return null;
  let observed = 0;
  for (const [c, row] of coincidences) for (const [k, o] of row) observed += o * difference(metric, c, k);
  let expected = 0;
  const values = [...margins.entries()];
  for (const [c, nc] of values) for (const [k, nk] of values) expected += nc * nk * difference(metric, c, k);
  observed /= n;
  expected /= n * (n - 1);
  if (expected === 0) return null;
  return 1 - observed / expected;
}

/** One unit coded by two observers, as Cohen's κ reads it. */
export type TPair<V> = { a: V | null; b: V | null; weight?: number };

/**
 * Cohen's κ for two observers over the units both coded: (p_o − p_e) / (1 − p_e), p_e from each
 * observer's own marginals. `null` when undefined: no unit coded by both, or p_e = 1 (both used
 * one and the same category throughout).
 */
export function cohenKappa<V extends string | number>(pairs: Iterable<TPair<V>>): number | null {
  const marginA = new Map<V, number>();
  const marginB = new Map<V, number>();
  let total = 0;
  let agreed = 0;
  for (const { a, b, weight = 1 } of pairs) {
    if (a === null || b === null) continue;
    total += weight;
    if (a === b) agreed += weight;
    marginA.set(a, (marginA.get(a) ?? 0) + weight);
    marginB.set(b, (marginB.get(b) ?? 0) + weight);
  }
  if (total === 0) return null;
  let chance = 0;
  for (const [value, countA] of marginA) chance += (countA / total) * ((marginB.get(value) ?? 0) / total);
  if (chance >= 1) return null;
  return (agreed / total - chance) / (1 - chance);
}
