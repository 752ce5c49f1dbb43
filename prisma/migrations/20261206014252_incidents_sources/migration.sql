-- CreateEnum
CREATE TYPE "SourceType" AS ENUM ('OFFICIAL', 'LOCAL', 'MEDIA', 'ANONYMOUS');

-- CreateEnum
CREATE TYPE "EventStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'REJECTED');

-- CreateEnum
CREATE TYPE "IncidentGrade" AS ENUM ('CONFIRMED', 'FAIR', 'WEAK', 'CONTESTED', 'DISCOUNTED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "eventOrigin" "LinkOrigin" NOT NULL DEFAULT 'HUMAN',
ADD COLUMN     "features" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "proposed" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "provenance" JSONB,
ADD COLUMN     "sourceText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceType" "SourceType";

-- AlterTable
ALTER TABLE "Event" ADD COLUMN     "features" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "grade" "IncidentGrade",
ADD COLUMN     "gradeRationale" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "gradedAt" TIMESTAMP(3),
ADD COLUMN     "gradedById" UUID,
ADD COLUMN     "mergedIntoId" UUID,
ADD COLUMN     "origin" "LinkOrigin" NOT NULL DEFAULT 'HUMAN',
ADD COLUMN     "status" "EventStatus" NOT NULL DEFAULT 'CONFIRMED';

-- AlterTable
ALTER TABLE "ClaimLink" ADD COLUMN     "reasonCode" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "reasonParams" JSONB;

-- CreateIndex
CREATE INDEX "Claim_projectId_occurredOn_idx" ON "Claim"("projectId", "occurredOn");

-- CreateIndex
CREATE INDEX "Event_projectId_status_occurredOn_idx" ON "Event"("projectId", "status", "occurredOn");
