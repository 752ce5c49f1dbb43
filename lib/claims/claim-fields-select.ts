import type { Prisma } from "../generated/prisma/client";

/**
 * A claim's own fields, without its identity, author or links: what curation copies from an
 * analyst's claim and what an analyst's layer exports.
 */
export const claimFieldsSelect = {
  kind: true,
  claimSpanId: true,
  speakerSpanId: true,
  speakerEntityId: true,
  attribution: true,
  channel: true,
  figures: true,
  occurredOn: true,
  place: true,
  status: true,
  note: true,
} as const satisfies Prisma.ClaimSelect;
