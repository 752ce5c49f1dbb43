-- DropIndex
DROP INDEX "Claim_projectId_thingKey_idx";

-- CreateIndex
CREATE INDEX "Claim_projectId_thingKey_createdAt_idx" ON "Claim"("projectId", "thingKey", "createdAt");
