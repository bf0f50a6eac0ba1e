-- Per-scope daily rollups (ADR 0033): dashboard trends read O(days x coaches x divisions) rows
-- instead of O(days x competitors). Rows are append-only deltas written by triggers, so two syncs
-- writing the same coach and day never wait on (or deadlock with) each other;
-- compact_activity_rollups() folds the deltas of a key into one merged row.

-- AlterTable
ALTER TABLE "competitor_daily_activity" ADD COLUMN "streak" BOOLEAN NOT NULL DEFAULT false;

-- Backfilled before the triggers below exist, so the backfill appends no deltas.
UPDATE "competitor_daily_activity" d SET "streak" = true
WHERE d."solves" > 0 AND EXISTS (
  SELECT 1 FROM "competitor_daily_activity" p WHERE p."syned_user_id" = d."syned_user_id" AND p."day" = d."day" - 1 AND p."solves" > 0);

-- DropIndex
DROP INDEX "competitor_daily_activity_day_syned_user_id_solves_accessed_idx";

-- CreateIndex
CREATE INDEX "competitor_daily_activity_day_covering_idx" ON "competitor_daily_activity"("day", "syned_user_id", "solves", "accessed", "streak");

-- CreateTable
CREATE TABLE "scope_daily_activity" (
    "id" BIGSERIAL NOT NULL,
    "coach_id" UUID NOT NULL,
    "division" "division",
    "day" DATE NOT NULL,
    "solves" INTEGER NOT NULL DEFAULT 0,
    "points" INTEGER NOT NULL DEFAULT 0,
    "active" INTEGER NOT NULL DEFAULT 0,
    "on_streak" INTEGER NOT NULL DEFAULT 0,
    "merged" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "scope_daily_activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "team_daily_activity" (
    "id" BIGSERIAL NOT NULL,
    "team_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "solves" INTEGER NOT NULL DEFAULT 0,
    "merged" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "team_daily_activity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scope_daily_activity_day_coach_id_division_idx" ON "scope_daily_activity"("day", "coach_id", "division");

-- CreateIndex
CREATE INDEX "scope_daily_activity_coach_id_day_idx" ON "scope_daily_activity"("coach_id", "day");

-- CreateIndex
CREATE INDEX "scope_daily_activity_merged_idx" ON "scope_daily_activity"("merged");

-- CreateIndex
CREATE INDEX "team_daily_activity_team_id_day_idx" ON "team_daily_activity"("team_id", "day");

-- CreateIndex
CREATE INDEX "team_daily_activity_day_team_id_idx" ON "team_daily_activity"("day", "team_id");

-- CreateIndex
CREATE INDEX "team_daily_activity_merged_idx" ON "team_daily_activity"("merged");

-- AddForeignKey
ALTER TABLE "team_daily_activity" ADD CONSTRAINT "team_daily_activity_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A day's streak flag: solves that day and the day before. A stored flag (rather than inferring the
-- transition from each row's change) keeps every pair counted exactly once, whatever order one
-- statement writes the two days in. Given the days that just became solved, one set-based UPDATE
-- flags each of them and each day after them that now has a solved day before it; the flags it sets
-- reach the rollups through the statement UPDATE trigger below, like any other change.
CREATE FUNCTION "flag_streak_days"(users UUID[], days DATE[]) RETURNS void
LANGUAGE sql AS $$
  UPDATE competitor_daily_activity d SET streak = true
  FROM (SELECT DISTINCT t.u, t.day + k AS day FROM unnest(users, days) AS t(u, day), (VALUES (0), (1)) AS o(k)) s
  WHERE d.syned_user_id = s.u AND d.day = s.day AND d.solves > 0 AND NOT d.streak
    AND EXISTS (SELECT 1 FROM competitor_daily_activity p
                WHERE p.syned_user_id = d.syned_user_id AND p.day = d.day - 1 AND p.solves > 0);
$$;

-- Inserted daily rows, once per statement (a sync chunk inserts many): streak flags for the solved
-- days, then one delta row per scope and day (a row inserted with its flag already set counts here,
-- a flag set by flag_streak_days counts through the UPDATE trigger).
CREATE FUNCTION "roll_up_inserted_daily_activity"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  users UUID[];
  days DATE[];
BEGIN
  SELECT array_agg(syned_user_id), array_agg(day) INTO users, days FROM inserted_days WHERE solves > 0;
  IF users IS NOT NULL THEN PERFORM flag_streak_days(users, days); END IF;
  INSERT INTO scope_daily_activity (coach_id, division, day, solves, points, active, on_streak)
  SELECT c.coach_id, c.division, n.day, sum(n.solves), sum(n.points),
         count(*) FILTER (WHERE n.solves > 0 OR n.accessed), count(*) FILTER (WHERE n.streak)
  FROM inserted_days n JOIN competitors c ON c.game_platform_id = n.syned_user_id
  GROUP BY c.coach_id, c.division, n.day;
  INSERT INTO team_daily_activity (team_id, day, solves)
  SELECT m.team_id, n.day, sum(n.solves)
  FROM inserted_days n JOIN competitors c ON c.game_platform_id = n.syned_user_id JOIN team_memberships m ON m.competitor_id = c.id
  WHERE n.solves > 0
  GROUP BY m.team_id, n.day;
  RETURN NULL;
END
$$;

CREATE TRIGGER "competitor_daily_activity_rolls_up_insert"
AFTER INSERT ON "competitor_daily_activity"
REFERENCING NEW TABLE AS inserted_days
FOR EACH STATEMENT EXECUTE FUNCTION roll_up_inserted_daily_activity();

-- Updated daily rows, once per statement: streak flags for the days that became solved, then what
-- the changes add per scope and day (solves, points, days that became active, days that became
-- streak days) and per team and day. The flags' own UPDATE fires this again; having no day that
-- became solved, that run flags nothing and only appends the flags' deltas.
CREATE FUNCTION "roll_up_updated_daily_activity"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  users UUID[];
  days DATE[];
BEGIN
  SELECT array_agg(n.syned_user_id), array_agg(n.day) INTO users, days
  FROM new_days n JOIN old_days o USING (syned_user_id, day) WHERE n.solves > 0 AND o.solves = 0;
  IF users IS NOT NULL THEN PERFORM flag_streak_days(users, days); END IF;
  INSERT INTO scope_daily_activity (coach_id, division, day, solves, points, active, on_streak)
  SELECT c.coach_id, c.division, n.day, sum(n.solves - o.solves), sum(n.points - o.points),
         count(*) FILTER (WHERE (n.solves > 0 OR n.accessed) AND NOT (o.solves > 0 OR o.accessed)),
         count(*) FILTER (WHERE n.streak AND NOT o.streak)
  FROM new_days n JOIN old_days o USING (syned_user_id, day) JOIN competitors c ON c.game_platform_id = n.syned_user_id
  WHERE n.solves <> o.solves OR n.points <> o.points OR n.accessed <> o.accessed OR n.streak <> o.streak
  GROUP BY c.coach_id, c.division, n.day;
  INSERT INTO team_daily_activity (team_id, day, solves)
  SELECT m.team_id, n.day, sum(n.solves - o.solves)
  FROM new_days n JOIN old_days o USING (syned_user_id, day)
       JOIN competitors c ON c.game_platform_id = n.syned_user_id JOIN team_memberships m ON m.competitor_id = c.id
  WHERE n.solves <> o.solves
  GROUP BY m.team_id, n.day;
  RETURN NULL;
END
$$;

CREATE TRIGGER "competitor_daily_activity_rolls_up_update"
AFTER UPDATE ON "competitor_daily_activity"
REFERENCING OLD TABLE AS old_days NEW TABLE AS new_days
FOR EACH STATEMENT EXECUTE FUNCTION roll_up_updated_daily_activity();

-- A competitor's whole history, signed, for the given coach and division (a move or a deletion).
CREATE FUNCTION "append_scope_history"(synced_user UUID, coach UUID, div "division", sign INTEGER) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO scope_daily_activity (coach_id, division, day, solves, points, active, on_streak)
  SELECT coach, div, d.day, sign * d.solves, sign * d.points, sign * (d.solves > 0 OR d.accessed)::int, sign * d.streak::int
  FROM competitor_daily_activity d
  WHERE d.syned_user_id = synced_user AND (d.solves > 0 OR d.points <> 0 OR d.accessed);
$$;

-- The same for a team's solves.
CREATE FUNCTION "append_team_history"(competitor UUID, team UUID, sign INTEGER) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO team_daily_activity (team_id, day, solves)
  SELECT team, d.day, sign * d.solves
  FROM competitors c JOIN competitor_daily_activity d ON d.syned_user_id = c.game_platform_id
  WHERE c.id = competitor AND d.solves > 0 AND EXISTS (SELECT 1 FROM teams t WHERE t.id = team);
$$;

-- A competitor moving coach or division moves its history between rollups.
CREATE FUNCTION "move_competitor_rollups"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.game_platform_id IS NOT NULL THEN
    PERFORM append_scope_history(NEW.game_platform_id, OLD.coach_id, OLD.division, -1);
    PERFORM append_scope_history(NEW.game_platform_id, NEW.coach_id, NEW.division, 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "competitors_move_rollups"
AFTER UPDATE OF "coach_id", "division" ON "competitors"
FOR EACH ROW WHEN (NEW.coach_id IS DISTINCT FROM OLD.coach_id OR NEW.division IS DISTINCT FROM OLD.division)
EXECUTE FUNCTION move_competitor_rollups();

-- A deleted competitor leaves the rollups before its daily rows and membership cascade away
-- (the membership trigger then finds no competitor and adds nothing).
CREATE FUNCTION "remove_competitor_rollups"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  team UUID;
BEGIN
  IF OLD.game_platform_id IS NOT NULL THEN
    PERFORM append_scope_history(OLD.game_platform_id, OLD.coach_id, OLD.division, -1);
    SELECT m.team_id INTO team FROM team_memberships m WHERE m.competitor_id = OLD.id;
    IF team IS NOT NULL THEN PERFORM append_team_history(OLD.id, team, -1); END IF;
  END IF;
  RETURN OLD;
END
$$;

CREATE TRIGGER "competitors_remove_rollups"
BEFORE DELETE ON "competitors"
FOR EACH ROW EXECUTE FUNCTION remove_competitor_rollups();

-- Joining, leaving or changing team moves the member's solves between team rollups.
CREATE FUNCTION "move_membership_rollups"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM append_team_history(OLD.competitor_id, OLD.team_id, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM append_team_history(NEW.competitor_id, NEW.team_id, 1); END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "team_memberships_move_rollups_insert_delete"
AFTER INSERT OR DELETE ON "team_memberships"
FOR EACH ROW EXECUTE FUNCTION move_membership_rollups();

CREATE TRIGGER "team_memberships_move_rollups_update"
AFTER UPDATE OF "team_id", "competitor_id" ON "team_memberships"
FOR EACH ROW WHEN (NEW.team_id IS DISTINCT FROM OLD.team_id OR NEW.competitor_id IS DISTINCT FROM OLD.competitor_id)
EXECUTE FUNCTION move_membership_rollups();

-- Folds the deltas of every key that has any into one merged row per key (keys summing to nothing
-- disappear). Deltas appended meanwhile are not in this statement's snapshot and stay for the next
-- call; one caller at a time (others return at once), so two calls never lock the same rows.
CREATE FUNCTION "compact_activity_rollups"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('compact_activity_rollups')) THEN RETURN; END IF;
  WITH touched AS (
    SELECT DISTINCT coach_id, division, day FROM scope_daily_activity WHERE NOT merged
  ), gone AS (
    DELETE FROM scope_daily_activity s USING touched t
    WHERE s.coach_id = t.coach_id AND s.division IS NOT DISTINCT FROM t.division AND s.day = t.day
    RETURNING s.coach_id, s.division, s.day, s.solves, s.points, s.active, s.on_streak
  )
  INSERT INTO scope_daily_activity (coach_id, division, day, solves, points, active, on_streak, merged)
  SELECT coach_id, division, day, sum(solves), sum(points), sum(active), sum(on_streak), true
  FROM gone GROUP BY coach_id, division, day
  HAVING sum(solves) <> 0 OR sum(points) <> 0 OR sum(active) <> 0 OR sum(on_streak) <> 0;

  WITH touched AS (
    SELECT DISTINCT team_id, day FROM team_daily_activity WHERE NOT merged
  ), gone AS (
    DELETE FROM team_daily_activity s USING touched t
    WHERE s.team_id = t.team_id AND s.day = t.day
    RETURNING s.team_id, s.day, s.solves
  )
  INSERT INTO team_daily_activity (team_id, day, solves, merged)
  SELECT team_id, day, sum(solves), true FROM gone GROUP BY team_id, day HAVING sum(solves) <> 0;
END
$$;

-- Backfill: one merged row per key from the daily aggregates (the streak flags were set above).
INSERT INTO "scope_daily_activity" ("coach_id", "division", "day", "solves", "points", "active", "on_streak", "merged")
SELECT c."coach_id", c."division", d."day", sum(d."solves"), sum(d."points"), count(*) FILTER (WHERE d."solves" > 0 OR d."accessed"), count(*) FILTER (WHERE d."streak"), true
FROM "competitor_daily_activity" d JOIN "competitors" c ON c."game_platform_id" = d."syned_user_id"
GROUP BY c."coach_id", c."division", d."day";

INSERT INTO "team_daily_activity" ("team_id", "day", "solves", "merged")
SELECT m."team_id", d."day", sum(d."solves"), true
FROM "competitor_daily_activity" d JOIN "competitors" c ON c."game_platform_id" = d."syned_user_id" JOIN "team_memberships" m ON m."competitor_id" = c."id"
WHERE d."solves" > 0
GROUP BY m."team_id", d."day";
