-- AlterTable
ALTER TABLE "SuggestionRun" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0;

-- One standing verdict per claim and per event (Prisma cannot express a partial unique index).
-- Verdicts recorded at once before this index could leave several standing: keep the newest.
UPDATE "Verdict" v SET "withdrawnAt" = CURRENT_TIMESTAMP
WHERE v."withdrawnAt" IS NULL AND EXISTS (
  SELECT 1 FROM "Verdict" w
  WHERE w."withdrawnAt" IS NULL AND w.id <> v.id
    AND (w."claimId" = v."claimId" OR w."eventId" = v."eventId")
    AND (w."createdAt", w.id) > (v."createdAt", v.id)
);
CREATE UNIQUE INDEX "Verdict_standing_claim_key" ON "Verdict"("claimId") WHERE "withdrawnAt" IS NULL AND "claimId" IS NOT NULL;
CREATE UNIQUE INDEX "Verdict_standing_event_key" ON "Verdict"("eventId") WHERE "withdrawnAt" IS NULL AND "eventId" IS NOT NULL;
