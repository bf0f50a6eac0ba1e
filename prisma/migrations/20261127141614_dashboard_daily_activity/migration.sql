-- CreateTable
CREATE TABLE "competitor_daily_activity" (
    "syned_user_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "solves" INTEGER NOT NULL DEFAULT 0,
    "points" INTEGER NOT NULL DEFAULT 0,
    "accessed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "competitor_daily_activity_pkey" PRIMARY KEY ("syned_user_id","day")
);

-- CreateIndex
CREATE INDEX "competitor_daily_activity_day_syned_user_id_solves_accessed_idx" ON "competitor_daily_activity"("day", "syned_user_id", "solves", "accessed");

-- CreateIndex
CREATE INDEX "audit_log_target_type_at_idx" ON "audit_log"("target_type", "at" DESC);

-- CreateIndex
CREATE INDEX "game_platform_flash_ctf_events_started_at_idx" ON "game_platform_flash_ctf_events"("started_at");

-- AddForeignKey
ALTER TABLE "competitor_daily_activity" ADD CONSTRAINT "competitor_daily_activity_syned_user_id_fkey" FOREIGN KEY ("syned_user_id") REFERENCES "competitors"("game_platform_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the history of every solve already stored, and the last access the platform reported.
INSERT INTO "competitor_daily_activity" ("syned_user_id", "day", "solves", "points")
SELECT "syned_user_id", ("solved_at" AT TIME ZONE 'UTC')::date, count(*), COALESCE(sum("challenge_points"), 0)
FROM "game_platform_challenge_solves"
GROUP BY 1, 2;

INSERT INTO "competitor_daily_activity" AS d ("syned_user_id", "day", "accessed")
SELECT DISTINCT c."game_platform_id", (a.at AT TIME ZONE 'UTC')::date, true
FROM "competitors" c
LEFT JOIN "game_platform_stats" st ON st."competitor_id" = c."id"
LEFT JOIN "game_platform_sync_state" s ON s."syned_user_id" = c."game_platform_id"
CROSS JOIN LATERAL (VALUES (st."last_accessed_at"), (s."last_remote_accessed_at")) AS a(at)
WHERE c."game_platform_id" IS NOT NULL AND a.at IS NOT NULL
ON CONFLICT ("syned_user_id", "day") DO UPDATE SET "accessed" = true;
