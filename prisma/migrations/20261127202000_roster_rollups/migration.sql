-- Per-scope daily roster rollup (ADR 0036): competitors registered and team memberships made per
-- coach, division and UTC day, so the overview's "Registered Competitors" and "Team Enrollment"
-- cards and the timeline's registrations read O(days x scopes) rows instead of every competitor.
-- Append-only signed deltas like scope_daily_activity (ADR 0033); each writing statement then folds
-- what it can (fold_scope_daily_roster), so the deltas stay few without a caller of its own.

-- CreateTable
CREATE TABLE "scope_daily_roster" (
    "id" BIGSERIAL NOT NULL,
    "coach_id" UUID NOT NULL,
    "division" "division",
    "day" DATE NOT NULL,
    "registered" INTEGER NOT NULL DEFAULT 0,
    "enrolled" INTEGER NOT NULL DEFAULT 0,
    "merged" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "scope_daily_roster_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "scope_daily_roster_coach_id_day_idx" ON "scope_daily_roster"("coach_id", "day");

-- CreateIndex
CREATE INDEX "scope_daily_roster_merged_idx" ON "scope_daily_roster"("merged");

-- The timeline's onboardings: competitors whose account was made in the range, an index range scan
-- instead of a scan of every competitor.
-- CreateIndex
CREATE INDEX "competitors_game_platform_synced_at_idx" ON "competitors"("game_platform_synced_at");

-- Folds the deltas of every key that has any into one merged row per key (keys summing to nothing
-- disappear). One caller at a time (the others return at once and leave their deltas for the next
-- fold), so no writer ever waits on another's rollup rows; deltas committed meanwhile are outside
-- this statement's snapshot and stay for the next fold.
CREATE FUNCTION "fold_scope_daily_roster"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT pg_try_advisory_xact_lock(hashtext('fold_scope_daily_roster')) THEN RETURN; END IF;
  WITH touched AS (
    SELECT DISTINCT coach_id, division, day FROM scope_daily_roster WHERE NOT merged
  ), gone AS (
    DELETE FROM scope_daily_roster s USING touched t
    WHERE s.coach_id = t.coach_id AND s.division IS NOT DISTINCT FROM t.division AND s.day = t.day
    RETURNING s.coach_id, s.division, s.day, s.registered, s.enrolled
  )
  INSERT INTO scope_daily_roster (coach_id, division, day, registered, enrolled, merged)
  SELECT coach_id, division, day, sum(registered), sum(enrolled), true
  FROM gone GROUP BY coach_id, division, day
  HAVING sum(registered) <> 0 OR sum(enrolled) <> 0;
END
$$;

-- Competitors inserted by one statement: one delta per scope and day.
CREATE FUNCTION "roll_up_inserted_competitors"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO scope_daily_roster (coach_id, division, day, registered)
  SELECT coach_id, division, (created_at AT TIME ZONE 'UTC')::date, count(*)
  FROM added GROUP BY 1, 2, 3;
  PERFORM fold_scope_daily_roster();
  RETURN NULL;
END
$$;

CREATE TRIGGER "competitors_roll_up_insert"
AFTER INSERT ON "competitors"
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION roll_up_inserted_competitors();

-- A competitor's registration and, when it has one, its membership, signed, in the given scope.
CREATE FUNCTION "append_competitor_roster"(competitor UUID, coach UUID, div "division", created TIMESTAMPTZ, sign INTEGER) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO scope_daily_roster (coach_id, division, day, registered) VALUES (coach, div, (created AT TIME ZONE 'UTC')::date, sign);
  INSERT INTO scope_daily_roster (coach_id, division, day, enrolled)
  SELECT coach, div, (m.created_at AT TIME ZONE 'UTC')::date, sign FROM team_memberships m WHERE m.competitor_id = competitor;
$$;

-- A competitor changing coach or division moves its registration and membership between scopes.
CREATE FUNCTION "move_competitor_roster"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM append_competitor_roster(OLD.id, OLD.coach_id, OLD.division, OLD.created_at, -1);
  PERFORM append_competitor_roster(NEW.id, NEW.coach_id, NEW.division, NEW.created_at, 1);
  PERFORM fold_scope_daily_roster();
  RETURN NULL;
END
$$;

CREATE TRIGGER "competitors_move_roster"
AFTER UPDATE OF "coach_id", "division", "created_at" ON "competitors"
FOR EACH ROW WHEN (NEW.coach_id IS DISTINCT FROM OLD.coach_id OR NEW.division IS DISTINCT FROM OLD.division OR NEW.created_at IS DISTINCT FROM OLD.created_at)
EXECUTE FUNCTION move_competitor_roster();

-- A deleted competitor leaves the rollup before its membership cascades away (the membership
-- trigger then finds no competitor and adds nothing).
CREATE FUNCTION "remove_competitor_roster"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM append_competitor_roster(OLD.id, OLD.coach_id, OLD.division, OLD.created_at, -1);
  PERFORM fold_scope_daily_roster();
  RETURN OLD;
END
$$;

CREATE TRIGGER "competitors_remove_roster"
BEFORE DELETE ON "competitors"
FOR EACH ROW EXECUTE FUNCTION remove_competitor_roster();

-- Memberships inserted or deleted by one statement, in their competitor's scope, by the day each was made.
CREATE FUNCTION "roll_up_memberships"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO scope_daily_roster (coach_id, division, day, enrolled)
    SELECT c.coach_id, c.division, (m.created_at AT TIME ZONE 'UTC')::date, count(*)
    FROM added m JOIN competitors c ON c.id = m.competitor_id GROUP BY 1, 2, 3;
  ELSE
    INSERT INTO scope_daily_roster (coach_id, division, day, enrolled)
    SELECT c.coach_id, c.division, (m.created_at AT TIME ZONE 'UTC')::date, -count(*)
    FROM removed m JOIN competitors c ON c.id = m.competitor_id GROUP BY 1, 2, 3;
  END IF;
  PERFORM fold_scope_daily_roster();
  RETURN NULL;
END
$$;

CREATE TRIGGER "team_memberships_roll_up_insert"
AFTER INSERT ON "team_memberships"
REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION roll_up_memberships();

CREATE TRIGGER "team_memberships_roll_up_delete"
AFTER DELETE ON "team_memberships"
REFERENCING OLD TABLE AS removed
FOR EACH STATEMENT EXECUTE FUNCTION roll_up_memberships();

-- A membership handed to another competitor, or re-dated, moves between scopes or days.
CREATE FUNCTION "move_membership_roster"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO scope_daily_roster (coach_id, division, day, enrolled)
  SELECT c.coach_id, c.division, (OLD.created_at AT TIME ZONE 'UTC')::date, -1 FROM competitors c WHERE c.id = OLD.competitor_id
  UNION ALL
  SELECT c.coach_id, c.division, (NEW.created_at AT TIME ZONE 'UTC')::date, 1 FROM competitors c WHERE c.id = NEW.competitor_id;
  PERFORM fold_scope_daily_roster();
  RETURN NULL;
END
$$;

CREATE TRIGGER "team_memberships_move_roster"
AFTER UPDATE OF "competitor_id", "created_at" ON "team_memberships"
FOR EACH ROW WHEN (NEW.competitor_id IS DISTINCT FROM OLD.competitor_id OR NEW.created_at IS DISTINCT FROM OLD.created_at)
EXECUTE FUNCTION move_membership_roster();

-- Backfill: one merged row per key from the competitors and memberships.
INSERT INTO "scope_daily_roster" ("coach_id", "division", "day", "registered", "enrolled", "merged")
SELECT "coach_id", "division", "day", sum("registered"), sum("enrolled"), true
FROM (
  SELECT c."coach_id", c."division", (c."created_at" AT TIME ZONE 'UTC')::date AS "day", 1 AS "registered", 0 AS "enrolled" FROM "competitors" c
  UNION ALL
  SELECT c."coach_id", c."division", (m."created_at" AT TIME ZONE 'UTC')::date, 0, 1 FROM "team_memberships" m JOIN "competitors" c ON c."id" = m."competitor_id"
) roster
GROUP BY "coach_id", "division", "day";
