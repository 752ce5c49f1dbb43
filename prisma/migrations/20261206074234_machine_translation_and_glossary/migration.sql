-- AlterEnum
ALTER TYPE "TranslationOrigin" ADD VALUE 'MACHINE';

-- AlterTable
ALTER TABLE "TranslationRevision" ADD COLUMN     "engine" TEXT,
ADD COLUMN     "engineModel" TEXT;

-- CreateTable
CREATE TABLE "TranslationRun" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "status" "SuggestionRunStatus" NOT NULL DEFAULT 'QUEUED',
    "engine" TEXT NOT NULL,
    "engineModel" TEXT,
    "paragraphs" INTEGER[],
    "total" INTEGER NOT NULL DEFAULT 0,
    "done" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER[],
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT NOT NULL DEFAULT '',
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TranslationRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "arabic" TEXT NOT NULL,
    "arabicKey" TEXT NOT NULL,
    "english" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TranslationRun_articleId_createdAt_idx" ON "TranslationRun"("articleId", "createdAt");

-- CreateIndex
CREATE INDEX "TranslationRun_projectId_idx" ON "TranslationRun"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_projectId_arabicKey_key" ON "GlossaryTerm"("projectId", "arabicKey");

-- AddForeignKey
ALTER TABLE "TranslationRun" ADD CONSTRAINT "TranslationRun_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TranslationRun" ADD CONSTRAINT "TranslationRun_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTerm" ADD CONSTRAINT "GlossaryTerm_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
