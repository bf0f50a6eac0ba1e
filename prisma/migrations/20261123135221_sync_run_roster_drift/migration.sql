-- AlterTable
ALTER TABLE "game_platform_sync_runs" ADD COLUMN     "roster_drift" JSONB,
ADD COLUMN     "roster_drift_count" INTEGER NOT NULL DEFAULT 0;
