/**
 * What an incident row remembers so analysts' actions can be undone and not repeated, kept in
 * Event.features beside clustering's summary (lib/incidents/types.ts TIncidentSummary):
 * - `mergedClaimIds`: on an incident merged into another, the claims it handed over, which
 *   unmerging moves back;
 * - `releasedClaimIds`: on a rejected incident, the claims it held; clustering must not group two
 *   of them into one proposed incident again (./rejected-groupings.ts). Pure code.
 */
export type TJson = string | number | boolean | null | TJson[] | { [key: string]: TJson };

export type TIncidentHistory = { mergedClaimIds: string[]; releasedClaimIds: string[] };

function ids(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Event.features as read from the database: a JSON object, or nothing usable. */
function record(features: unknown): Record<string, TJson> {
  return features && typeof features === "object" && !Array.isArray(features)
    ? (features as Record<string, TJson>)
    : {};
}

export function readHistory(features: unknown): TIncidentHistory {
  const f = record(features);
  return { mergedClaimIds: ids(f.mergedClaimIds), releasedClaimIds: ids(f.releasedClaimIds) };
}

/** The features with the history fields replaced; an empty list removes its key. Clustering's fields are kept. */
export function withHistory(features: unknown, patch: Partial<TIncidentHistory>): Record<string, TJson> {
  const next: Record<string, TJson> = { ...record(features) };
  for (const [key, value] of Object.entries(patch)) {
    if (value && value.length > 0) next[key] = value;
    else delete next[key];
  }
  return next;
}
