-- CreateEnum
CREATE TYPE "SnapshotKind" AS ENUM ('URL', 'HTML_FILE', 'DOCX');

-- CreateTable
CREATE TABLE "ProjectPublisher" (
    "projectId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "logoUrl" TEXT NOT NULL DEFAULT '',
    "reviewUrlTemplate" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProjectPublisher_pkey" PRIMARY KEY ("projectId")
);

-- CreateTable
CREATE TABLE "ArticleSnapshot" (
    "id" UUID NOT NULL,
    "articleId" UUID NOT NULL,
    "articleVersion" INTEGER NOT NULL DEFAULT 1,
    "kind" "SnapshotKind" NOT NULL,
    "requestedUrl" TEXT,
    "finalUrl" TEXT,
    "fileName" TEXT,
    "contentType" TEXT NOT NULL,
    "byteLength" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "capturedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleSnapshot_articleId_capturedAt_idx" ON "ArticleSnapshot"("articleId", "capturedAt");

-- AddForeignKey
ALTER TABLE "ProjectPublisher" ADD CONSTRAINT "ProjectPublisher_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleSnapshot" ADD CONSTRAINT "ArticleSnapshot_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
