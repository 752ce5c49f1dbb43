export const linkSelect = {
  id: true,
  fromClaimId: true,
  toClaimId: true,
  relation: true,
  origin: true,
  reason: true,
  note: true,
  priority: true,
  state: true,
  reviewReason: true,
  reviewedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  reviewer: { select: { id: true, name: true } },
  createdBy: { select: { id: true, name: true } },
} as const;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

export const RELATION_PRIORITY = { CONTRADICTS: 3, UPDATES: 1, AGREES: 1, RELATED: 0 } as const;
