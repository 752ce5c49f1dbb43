-- AlterTable
ALTER TABLE "ArticleSnapshot" ADD COLUMN     "metadata" JSONB NOT NULL DEFAULT '{}';
