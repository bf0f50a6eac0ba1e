-- AlterTable
ALTER TABLE "game_platform_flash_sync_windows" ADD COLUMN     "unreadable_count" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "game_platform_sync_runs" ADD COLUMN     "flash_detection" JSONB;

-- AlterTable
ALTER TABLE "game_platform_sync_state" ADD COLUMN     "missing_since" TIMESTAMPTZ(3),
ADD COLUMN     "not_found_count" INTEGER NOT NULL DEFAULT 0;
