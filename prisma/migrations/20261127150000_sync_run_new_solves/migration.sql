-- AlterTable
ALTER TABLE "game_platform_sync_runs" ADD COLUMN     "new_solves" INTEGER NOT NULL DEFAULT 0;
