/**
 * Rejected incidents are not proposed again. Clustering reads, per project, the claim sets that
 * analysts released by rejecting an incident (get-rejected-groupings.ts) and asks before it
 * proposes a group of claims, or adds a claim to one, whether that would put together again two
 * claims an analyst has pulled apart. A person can still place them together by hand. Pure code.
 */
export type TRejectedGroupings = readonly (readonly string[])[];

/** Whether the claims hold two that one rejected incident released together. */
export function repeatsRejected(claimIds: readonly string[], rejected: TRejectedGroupings): boolean {
  if (claimIds.length < 2) return false;
  const mine = new Set(claimIds);
  return rejected.some((released) => released.filter((id) => mine.has(id)).length >= 2);
}
