-- CreateEnum
CREATE TYPE "EntityKind" AS ENUM ('PERSON', 'ORGANISATION', 'PLACE', 'OUTLET');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('STATEMENT', 'CASUALTY', 'COUNT', 'EVENT', 'OTHER');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('DRAFT', 'READY', 'REVIEWED');

-- CreateEnum
CREATE TYPE "TranslationTarget" AS ENUM ('SEGMENT', 'SPAN', 'CLAIM');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('DRAFT', 'REVIEWED');

-- CreateEnum
CREATE TYPE "TranslationOrigin" AS ENUM ('HUMAN', 'ASSISTED');

-- AlterTable
ALTER TABLE "Span" ADD COLUMN     "entityId" UUID;

-- CreateTable
CREATE TABLE "Entity" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "EntityKind" NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL DEFAULT '',
    "aliases" TEXT[],
    "matchKeys" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "claimSpanId" UUID,
    "speakerSpanId" UUID,
    "speakerEntityId" UUID,
    "attribution" TEXT NOT NULL DEFAULT '',
    "channel" TEXT NOT NULL DEFAULT '',
    "figures" JSONB NOT NULL DEFAULT '{}',
    "occurredOn" DATE,
    "place" TEXT NOT NULL DEFAULT '',
    "status" "ClaimStatus" NOT NULL DEFAULT 'DRAFT',
    "note" TEXT NOT NULL DEFAULT '',
    "authorId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimEntity" (
    "claimId" UUID NOT NULL,
    "entityId" UUID NOT NULL,

    CONSTRAINT "ClaimEntity_pkey" PRIMARY KEY ("claimId","entityId")
);

-- CreateTable
CREATE TABLE "Translation" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "targetType" "TranslationTarget" NOT NULL,
    "targetKey" TEXT NOT NULL,
    "status" "TranslationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TranslationRevision" (
    "id" UUID NOT NULL,
    "translationId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "origin" "TranslationOrigin" NOT NULL DEFAULT 'HUMAN',
    "authorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TranslationRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Entity_projectId_kind_idx" ON "Entity"("projectId", "kind");

-- CreateIndex
CREATE INDEX "Entity_matchKeys_idx" ON "Entity" USING GIN ("matchKeys");

-- CreateIndex
CREATE INDEX "Claim_articleId_idx" ON "Claim"("articleId");

-- CreateIndex
CREATE INDEX "Claim_projectId_kind_idx" ON "Claim"("projectId", "kind");

-- CreateIndex
CREATE INDEX "Claim_speakerEntityId_idx" ON "Claim"("speakerEntityId");

-- CreateIndex
CREATE INDEX "ClaimEntity_entityId_idx" ON "ClaimEntity"("entityId");

-- CreateIndex
CREATE INDEX "Translation_projectId_idx" ON "Translation"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Translation_articleId_targetType_targetKey_key" ON "Translation"("articleId", "targetType", "targetKey");

-- CreateIndex
CREATE UNIQUE INDEX "TranslationRevision_translationId_version_key" ON "TranslationRevision"("translationId", "version");

-- AddForeignKey
ALTER TABLE "Span" ADD CONSTRAINT "Span_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimSpanId_fkey" FOREIGN KEY ("claimSpanId") REFERENCES "Span"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_speakerSpanId_fkey" FOREIGN KEY ("speakerSpanId") REFERENCES "Span"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_speakerEntityId_fkey" FOREIGN KEY ("speakerEntityId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEntity" ADD CONSTRAINT "ClaimEntity_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimEntity" ADD CONSTRAINT "ClaimEntity_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationRevision" ADD CONSTRAINT "TranslationRevision_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "Translation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationRevision" ADD CONSTRAINT "TranslationRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
