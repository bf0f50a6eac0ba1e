-- CreateEnum
CREATE TYPE "competitor_status" AS ENUM ('pending', 'profile', 'compliance', 'complete');

-- CreateEnum
CREATE TYPE "division" AS ENUM ('middle_school', 'high_school', 'college');

-- CreateEnum
CREATE TYPE "membership_remote_state" AS ENUM ('synced', 'pending', 'error');

-- CreateEnum
CREATE TYPE "solve_source" AS ENUM ('odl', 'flash_ctf');

-- CreateEnum
CREATE TYPE "sync_tier" AS ENUM ('high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "sync_result" AS ENUM ('success', 'failure');

-- CreateEnum
CREATE TYPE "sync_run_kind" AS ENUM ('incremental', 'totals_sweep');

-- CreateEnum
CREATE TYPE "sync_run_status" AS ENUM ('running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "coaches" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "school_id" TEXT,
    "region_id" TEXT,
    "game_platform_id" UUID,
    "metactf_user_id" INTEGER,
    "metactf_username" TEXT,
    "game_platform_sync_error" TEXT,
    "game_platform_synced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "coaches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "competitors" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "coach_id" UUID NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "email" TEXT,
    "school_id" TEXT,
    "region_id" TEXT,
    "division" "division",
    "grade" TEXT,
    "status" "competitor_status" NOT NULL DEFAULT 'pending',
    "compliance_confirmed_at" TIMESTAMPTZ(3),
    "game_platform_id" UUID,
    "metactf_user_id" INTEGER,
    "metactf_username" TEXT,
    "metactf_user_status" TEXT,
    "game_platform_sync_error" TEXT,
    "game_platform_synced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "competitors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "teams" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "coach_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "division" "division" NOT NULL,
    "affiliation" TEXT NOT NULL,
    "game_platform_id" UUID,
    "metactf_team_id" INTEGER,
    "game_platform_sync_error" TEXT,
    "game_platform_synced_at" TIMESTAMPTZ(3),
    "metadata_not_propagated" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "teams_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_memberships" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "team_id" UUID NOT NULL,
    "competitor_id" UUID NOT NULL,
    "remote_state" "membership_remote_state" NOT NULL DEFAULT 'pending',
    "game_platform_sync_error" TEXT,
    "game_platform_synced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "team_memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "game_platform_stats" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "competitor_id" UUID NOT NULL,
    "challenges_completed" INTEGER NOT NULL DEFAULT 0,
    "total_score" INTEGER NOT NULL DEFAULT 0,
    "monthly_ctf_challenges" INTEGER NOT NULL DEFAULT 0,
    "last_accessed_at" TIMESTAMPTZ(3),
    "refreshed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "game_platform_stats_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "game_platform_challenge_solves" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "syned_user_id" UUID NOT NULL,
    "metactf_user_id" INTEGER,
    "challenge_solve_id" INTEGER NOT NULL,
    "challenge_id" INTEGER NOT NULL,
    "challenge_title" TEXT,
    "challenge_category" TEXT,
    "challenge_points" INTEGER,
    "solved_at" TIMESTAMPTZ(3) NOT NULL,
    "source" "solve_source" NOT NULL DEFAULT 'odl',
    "raw_payload" JSONB NOT NULL,
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "game_platform_challenge_solves_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "game_platform_flash_ctf_events" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "syned_user_id" UUID NOT NULL,
    "metactf_user_id" INTEGER,
    "event_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "challenges_solved" INTEGER NOT NULL DEFAULT 0,
    "score" INTEGER NOT NULL DEFAULT 0,
    "rank" INTEGER,
    "started_at" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),
    "raw_payload" JSONB NOT NULL,
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "game_platform_flash_ctf_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "game_platform_sync_state" (
    "syned_user_id" UUID NOT NULL,
    "last_odl_synced_at" TIMESTAMPTZ(3),
    "last_flash_ctf_synced_at" TIMESTAMPTZ(3),
    "last_remote_accessed_at" TIMESTAMPTZ(3),
    "last_attempt_at" TIMESTAMPTZ(3),
    "last_result" "sync_result",
    "error_message" TEXT,
    "needs_totals_refresh" BOOLEAN NOT NULL DEFAULT false,
    "activity_tier" "sync_tier" NOT NULL DEFAULT 'high',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "game_platform_sync_state_pkey" PRIMARY KEY ("syned_user_id")
);

-- CreateTable
CREATE TABLE "game_platform_sync_runs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "sync_run_kind" NOT NULL,
    "status" "sync_run_status" NOT NULL DEFAULT 'running',
    "job_id" TEXT,
    "dry_run" BOOLEAN NOT NULL DEFAULT false,
    "coach_id" UUID,
    "cycle_id" UUID,
    "batch_number" INTEGER NOT NULL DEFAULT 0,
    "batch_size" INTEGER NOT NULL DEFAULT 100,
    "total_batches" INTEGER NOT NULL DEFAULT 1,
    "flash_ctf_sync" BOOLEAN NOT NULL DEFAULT false,
    "competitors_total" INTEGER NOT NULL DEFAULT 0,
    "competitors_processed" INTEGER NOT NULL DEFAULT 0,
    "competitors_with_new_data" INTEGER NOT NULL DEFAULT 0,
    "competitors_skipped" INTEGER NOT NULL DEFAULT 0,
    "error_count" INTEGER NOT NULL DEFAULT 0,
    "api_call_count" INTEGER NOT NULL DEFAULT 0,
    "duration_ms" INTEGER,
    "error_details" JSONB,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "game_platform_sync_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "game_platform_flash_sync_windows" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "event_ids" TEXT[],
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "game_platform_flash_sync_windows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feature_flags" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feature_flags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "payload" JSONB,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_dead_letters" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "queue" TEXT NOT NULL,
    "job_id" TEXT NOT NULL,
    "job_created_at" TIMESTAMPTZ(3) NOT NULL,
    "job_name" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "failed_reason" TEXT NOT NULL,
    "stacktrace" TEXT,
    "attempts_made" INTEGER NOT NULL,
    "max_attempts" INTEGER NOT NULL,
    "failed_at" TIMESTAMPTZ(3) NOT NULL,
    "replayed_at" TIMESTAMPTZ(3),
    "replay_job_id" TEXT,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_dead_letters_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "coaches_email_key" ON "coaches"("email");

-- CreateIndex
CREATE UNIQUE INDEX "coaches_game_platform_id_key" ON "coaches"("game_platform_id");

-- CreateIndex
CREATE UNIQUE INDEX "competitors_email_key" ON "competitors"("email");

-- CreateIndex
CREATE UNIQUE INDEX "competitors_game_platform_id_key" ON "competitors"("game_platform_id");

-- CreateIndex
CREATE INDEX "competitors_coach_id_idx" ON "competitors"("coach_id");

-- CreateIndex
CREATE INDEX "competitors_status_idx" ON "competitors"("status");

-- CreateIndex
CREATE UNIQUE INDEX "teams_game_platform_id_key" ON "teams"("game_platform_id");

-- CreateIndex
CREATE UNIQUE INDEX "teams_coach_id_name_key" ON "teams"("coach_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "team_memberships_competitor_id_key" ON "team_memberships"("competitor_id");

-- CreateIndex
CREATE INDEX "team_memberships_team_id_idx" ON "team_memberships"("team_id");

-- CreateIndex
CREATE INDEX "team_memberships_remote_state_idx" ON "team_memberships"("remote_state");

-- CreateIndex
CREATE UNIQUE INDEX "game_platform_stats_competitor_id_key" ON "game_platform_stats"("competitor_id");

-- CreateIndex
CREATE INDEX "game_platform_challenge_solves_syned_user_id_solved_at_idx" ON "game_platform_challenge_solves"("syned_user_id", "solved_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "game_platform_challenge_solves_syned_user_id_challenge_solv_key" ON "game_platform_challenge_solves"("syned_user_id", "challenge_solve_id");

-- CreateIndex
CREATE INDEX "game_platform_flash_ctf_events_event_id_idx" ON "game_platform_flash_ctf_events"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "game_platform_flash_ctf_events_syned_user_id_event_id_key" ON "game_platform_flash_ctf_events"("syned_user_id", "event_id");

-- CreateIndex
CREATE INDEX "game_platform_sync_state_needs_totals_refresh_idx" ON "game_platform_sync_state"("needs_totals_refresh");

-- CreateIndex
CREATE INDEX "game_platform_sync_state_activity_tier_idx" ON "game_platform_sync_state"("activity_tier");

-- CreateIndex
CREATE INDEX "game_platform_sync_state_last_result_last_attempt_at_idx" ON "game_platform_sync_state"("last_result", "last_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "game_platform_sync_runs_job_id_key" ON "game_platform_sync_runs"("job_id");

-- CreateIndex
CREATE INDEX "game_platform_sync_runs_kind_started_at_idx" ON "game_platform_sync_runs"("kind", "started_at" DESC);

-- CreateIndex
CREATE INDEX "game_platform_sync_runs_coach_id_idx" ON "game_platform_sync_runs"("coach_id");

-- CreateIndex
CREATE INDEX "game_platform_sync_runs_cycle_id_idx" ON "game_platform_sync_runs"("cycle_id");

-- CreateIndex
CREATE INDEX "game_platform_sync_runs_status_idx" ON "game_platform_sync_runs"("status");

-- CreateIndex
CREATE INDEX "game_platform_flash_sync_windows_expires_at_idx" ON "game_platform_flash_sync_windows"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "feature_flags_name_key" ON "feature_flags"("name");

-- CreateIndex
CREATE INDEX "audit_log_target_type_target_id_idx" ON "audit_log"("target_type", "target_id");

-- CreateIndex
CREATE INDEX "audit_log_actor_idx" ON "audit_log"("actor");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "job_dead_letters_queue_replay_job_id_idx" ON "job_dead_letters"("queue", "replay_job_id");

-- CreateIndex
CREATE INDEX "job_dead_letters_job_name_failed_at_idx" ON "job_dead_letters"("job_name", "failed_at" DESC);

-- CreateIndex
CREATE INDEX "job_dead_letters_resolved_at_idx" ON "job_dead_letters"("resolved_at");

-- CreateIndex
CREATE UNIQUE INDEX "job_dead_letters_queue_job_id_job_created_at_key" ON "job_dead_letters"("queue", "job_id", "job_created_at");

-- AddForeignKey
ALTER TABLE "competitors" ADD CONSTRAINT "competitors_coach_id_fkey" FOREIGN KEY ("coach_id") REFERENCES "coaches"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "teams" ADD CONSTRAINT "teams_coach_id_fkey" FOREIGN KEY ("coach_id") REFERENCES "coaches"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "team_memberships" ADD CONSTRAINT "team_memberships_competitor_id_fkey" FOREIGN KEY ("competitor_id") REFERENCES "competitors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "game_platform_stats" ADD CONSTRAINT "game_platform_stats_competitor_id_fkey" FOREIGN KEY ("competitor_id") REFERENCES "competitors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "game_platform_challenge_solves" ADD CONSTRAINT "game_platform_challenge_solves_syned_user_id_fkey" FOREIGN KEY ("syned_user_id") REFERENCES "competitors"("game_platform_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "game_platform_flash_ctf_events" ADD CONSTRAINT "game_platform_flash_ctf_events_syned_user_id_fkey" FOREIGN KEY ("syned_user_id") REFERENCES "competitors"("game_platform_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "game_platform_sync_state" ADD CONSTRAINT "game_platform_sync_state_syned_user_id_fkey" FOREIGN KEY ("syned_user_id") REFERENCES "competitors"("game_platform_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "game_platform_sync_runs" ADD CONSTRAINT "game_platform_sync_runs_coach_id_fkey" FOREIGN KEY ("coach_id") REFERENCES "coaches"("id") ON DELETE SET NULL ON UPDATE CASCADE;
