-- AlterTable
ALTER TABLE "SuggestionRun" ADD COLUMN     "incidentsDone" INTEGER NOT NULL DEFAULT 0;
