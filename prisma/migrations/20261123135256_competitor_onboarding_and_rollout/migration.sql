-- AlterTable
ALTER TABLE "competitors" ADD COLUMN     "game_platform_attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "game_platform_job_id" TEXT,
ADD COLUMN     "game_platform_last_attempt_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "feature_flags" ADD COLUMN     "pilot_coach_ids" UUID[] DEFAULT ARRAY[]::UUID[],
ADD COLUMN     "rollout_percentage" INTEGER NOT NULL DEFAULT 100;
