/**
 * A proposal's identity across runs: its kind, its folded text and which occurrence of that text
 * it is. Offsets are left out on purpose, so a rejection still holds when an unrelated rule moves
 * a boundary elsewhere in the article; the engine version is left out so an upgrade does not bring
 * back what an analyst rejected.
 */
import { matchKey } from "../arabic/normalize";
import type { TProposal } from "./types";

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, and the same in every JavaScript runtime. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Fingerprints for proposals in text order; equal kind and text get occurrence 0, 1, 2 … */
export function fingerprints(proposals: readonly TProposal[]): string[] {
  const seen = new Map<string, number>();
  return proposals.map((p) => {
    const base = `${p.kind}:${fnv1a(matchKey(p.range.text))}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}
