/**
 * What a ledger reads of an incident and of its claims (./ledger.ts builds it): one list of
 * columns for the incident's page and API (get-incident-ledger.ts) and the incidents export
 * (lib/datasets/export-incidents.ts).
 */
export const ledgerIncidentSelect = {
  id: true,
  projectId: true,
  titleAr: true,
  titleEn: true,
  occurredOn: true,
  place: true,
  status: true,
  version: true,
  grade: true,
  gradeRationale: true,
  gradedById: true,
  gradedAt: true,
} as const;

export const ledgerClaimSelect = {
  id: true,
  kind: true,
  figures: true,
  sourceText: true,
  sourceType: true,
  proposed: true,
  features: true,
  article: { select: { id: true, title: true, source: true, publishedAt: true } },
} as const;

/** An incident row as the ledger shows it: its day and grading time as strings, its grader by name. */
export function toLedgerIncident<
  T extends { occurredOn: Date | null; gradedAt: Date | null; gradedById: string | null },
>(event: T, gradedBy: string | null) {
  const { gradedById: _gradedById, ...incident } = event;
  return {
    ...incident,
    occurredOn: event.occurredOn ? event.occurredOn.toISOString().slice(0, 10) : null,
    gradedAt: event.gradedAt?.toISOString() ?? null,
    gradedBy,
  };
}
