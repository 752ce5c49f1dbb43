-- Search filters spans by the claims standing on them (a claim kind, reviewed or not): the spans
-- those claims stand on are read from this index alone into a hash, instead of looking up each
-- span's claims. Prisma cannot express a partial index with these columns.
CREATE INDEX "Claim_search_span_idx" ON "Claim" ("projectId", "status", "kind", "claimSpanId")
  WHERE "deletedAt" IS NULL AND NOT "proposed";
