-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "independentAnnotation" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "curatedAt" TIMESTAMP(3);
