-- CreateEnum
CREATE TYPE "LinkRelation" AS ENUM ('AGREES', 'CONTRADICTS', 'UPDATES', 'RELATED');

-- CreateEnum
CREATE TYPE "LinkOrigin" AS ENUM ('HUMAN', 'SUGGESTED');

-- CreateEnum
CREATE TYPE "LinkState" AS ENUM ('OPEN', 'CONFIRMED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "VerdictValue" AS ENUM ('SUPPORTED', 'DISPUTED', 'FALSE', 'UNVERIFIABLE');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "eventId" UUID,
ADD COLUMN     "quoteKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "quoteShingles" TEXT[],
ADD COLUMN     "thingKey" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "Event" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "titleAr" TEXT NOT NULL DEFAULT '',
    "titleEn" TEXT NOT NULL DEFAULT '',
    "occurredOn" DATE,
    "place" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "fromClaimId" UUID NOT NULL,
    "toClaimId" UUID NOT NULL,
    "pairKey" TEXT NOT NULL,
    "relation" "LinkRelation" NOT NULL,
    "origin" "LinkOrigin" NOT NULL DEFAULT 'HUMAN',
    "reason" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "priority" INTEGER NOT NULL DEFAULT 0,
    "state" "LinkState" NOT NULL DEFAULT 'OPEN',
    "reviewReason" TEXT NOT NULL DEFAULT '',
    "reviewerId" UUID,
    "reviewedAt" TIMESTAMP(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verdict" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "claimId" UUID,
    "eventId" UUID,
    "value" "VerdictValue" NOT NULL,
    "rationale" TEXT NOT NULL,
    "evidenceClaimIds" UUID[],
    "reviewerId" UUID,
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Verdict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Event_projectId_occurredOn_idx" ON "Event"("projectId", "occurredOn");

-- CreateIndex
CREATE INDEX "ClaimLink_projectId_state_createdAt_idx" ON "ClaimLink"("projectId", "state", "createdAt");

-- CreateIndex
CREATE INDEX "ClaimLink_fromClaimId_idx" ON "ClaimLink"("fromClaimId");

-- CreateIndex
CREATE INDEX "ClaimLink_toClaimId_idx" ON "ClaimLink"("toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_pairKey_key" ON "ClaimLink"("pairKey");

-- CreateIndex
CREATE INDEX "Verdict_projectId_createdAt_idx" ON "Verdict"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "Verdict_claimId_idx" ON "Verdict"("claimId");

-- CreateIndex
CREATE INDEX "Verdict_eventId_idx" ON "Verdict"("eventId");

-- CreateIndex
CREATE INDEX "Claim_eventId_idx" ON "Claim"("eventId");

-- CreateIndex
CREATE INDEX "Claim_projectId_quoteKey_idx" ON "Claim"("projectId", "quoteKey");

-- CreateIndex
CREATE INDEX "Claim_projectId_thingKey_idx" ON "Claim"("projectId", "thingKey");

-- CreateIndex
CREATE INDEX "Claim_quoteShingles_idx" ON "Claim" USING GIN ("quoteShingles");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Event" ADD CONSTRAINT "Event_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
