-- One row per competitor: bit i of `days` says whether the competitor was active (a solve or a
-- platform access) on first_day + i. "Distinct competitors active over a range" is then one
-- substring test per competitor instead of a count(DISTINCT) over days x competitors daily rows.
CREATE TABLE "competitor_active_days" (
    "syned_user_id" UUID NOT NULL,
    "first_day" DATE NOT NULL,
    "days" VARBIT NOT NULL,

    CONSTRAINT "competitor_active_days_pkey" PRIMARY KEY ("syned_user_id")
);

ALTER TABLE "competitor_active_days" ADD CONSTRAINT "competitor_active_days_syned_user_id_fkey" FOREIGN KEY ("syned_user_id") REFERENCES "competitors"("game_platform_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- `days` with the bit of `day` set, growing it at either end as needed (`first_day` moves back when
-- `day` is before it).
CREATE FUNCTION "active_days_with"(first_day DATE, days VARBIT, day DATE) RETURNS VARBIT
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN day < first_day THEN ('1' || repeat('0', first_day - day - 1))::varbit || days
    WHEN day - first_day >= length(days) THEN days || (repeat('0', day - first_day - length(days)) || '1')::varbit
    ELSE set_bit(days, day - first_day, 1)
  END
$$;

-- Kept by the daily aggregate itself, so every writer of competitor_daily_activity (the score sync's
-- solve insert, the access marks of the sync and the totals sweep) updates it in the same transaction.
-- A day only ever becomes active (solves and accessed never go back), so only that transition fires.
CREATE FUNCTION "mark_competitor_active_day"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO competitor_active_days AS a (syned_user_id, first_day, days)
  VALUES (NEW.syned_user_id, NEW.day, B'1')
  ON CONFLICT (syned_user_id) DO UPDATE
    SET first_day = LEAST(a.first_day, EXCLUDED.first_day),
        days = active_days_with(a.first_day, a.days, EXCLUDED.first_day);
  RETURN NULL;
END
$$;

CREATE TRIGGER "competitor_daily_activity_marks_active_insert"
AFTER INSERT ON "competitor_daily_activity"
FOR EACH ROW WHEN (NEW.solves > 0 OR NEW.accessed)
EXECUTE FUNCTION mark_competitor_active_day();

CREATE TRIGGER "competitor_daily_activity_marks_active_update"
AFTER UPDATE ON "competitor_daily_activity"
FOR EACH ROW WHEN ((NEW.solves > 0 OR NEW.accessed) AND NOT (OLD.solves > 0 OR OLD.accessed))
EXECUTE FUNCTION mark_competitor_active_day();

-- Backfill from the daily aggregates: per competitor, each active day is its gap of zeros then a one.
INSERT INTO "competitor_active_days" ("syned_user_id", "first_day", "days")
SELECT "syned_user_id", min("day"), string_agg(repeat('0', gap) || '1', '' ORDER BY "day")::varbit
FROM (
  SELECT "syned_user_id", "day", COALESCE("day" - lag("day") OVER (PARTITION BY "syned_user_id" ORDER BY "day") - 1, 0) AS gap
  FROM "competitor_daily_activity"
  WHERE "solves" > 0 OR "accessed"
) a
GROUP BY "syned_user_id";
