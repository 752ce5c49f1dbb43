/** An agreement score as shown: three decimals ("0.417", "−0.200"), or "—" when undefined. */
export function formatScore(value: number | null): string {
  if (value === null) return "—";
  const rounded = value.toFixed(3);
  // −0.000 reads as a disagreement that is not there.
  return rounded === "-0.000" ? "0.000" : rounded.replace("-", "−");
}

/** A cell's background by score: red below 0.4, amber below 0.67, green from 0.8 (Krippendorff's thresholds). */
export function scoreTone(value: number | null): string {
  if (value === null) return "bg-slate-50 text-slate-500";
  if (value >= 0.8) return "bg-emerald-50 text-emerald-900";
  if (value >= 0.667) return "bg-lime-50 text-lime-900";
  if (value >= 0.4) return "bg-amber-50 text-amber-900";
  return "bg-rose-50 text-rose-900";
}
