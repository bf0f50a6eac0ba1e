-- Trigram indexes back case-insensitive "contains" search (ILIKE '%term%') on names, email and
-- platform username: the competitor list and the dashboard leaderboard.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "competitors_first_name_trgm_idx" ON "competitors" USING GIN ("first_name" gin_trgm_ops);
CREATE INDEX "competitors_last_name_trgm_idx" ON "competitors" USING GIN ("last_name" gin_trgm_ops);
CREATE INDEX "competitors_email_trgm_idx" ON "competitors" USING GIN ("email" gin_trgm_ops);
CREATE INDEX "competitors_metactf_username_trgm_idx" ON "competitors" USING GIN ("metactf_username" gin_trgm_ops);

-- Keyset pagination of the competitor list in its default order, for everyone and per coach.
CREATE INDEX "competitors_created_at_id_idx" ON "competitors"("created_at", "id");
CREATE INDEX "competitors_coach_id_created_at_id_idx" ON "competitors"("coach_id", "created_at", "id");

-- Keyset pagination of teams and coaches in their list order.
CREATE INDEX "teams_name_id_idx" ON "teams"("name", "id");
CREATE INDEX "coaches_last_name_first_name_id_idx" ON "coaches"("last_name", "first_name", "id");


-- The leaderboard's rank snapshot is rebuilt when any of these maxima moves: each is one index probe.
CREATE INDEX "game_platform_stats_refreshed_at_idx" ON "game_platform_stats"("refreshed_at");
CREATE INDEX "competitors_updated_at_idx" ON "competitors"("updated_at");
