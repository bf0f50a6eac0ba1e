-- Active-day bitmaps (ADR 0030) kept by statement-level triggers (ADR 0035): one set-based upsert per
-- statement writing competitor_daily_activity instead of one upsert per daily row that became active.
-- The bitmaps themselves are unchanged (bit i = first_day + i), so nothing is rebuilt.

DROP TRIGGER "competitor_daily_activity_marks_active_insert" ON "competitor_daily_activity";
DROP TRIGGER "competitor_daily_activity_marks_active_update" ON "competitor_daily_activity";
DROP FUNCTION "mark_competitor_active_day"();
DROP FUNCTION "active_days_with"(DATE, VARBIT, DATE);

-- The days of two bitmaps together, on the span covering both (first_day: the earlier of the two).
CREATE FUNCTION "active_days_union"(first_a DATE, days_a VARBIT, first_b DATE, days_b VARBIT) RETURNS VARBIT
LANGUAGE sql IMMUTABLE AS $$
  SELECT (repeat('0', first_a - span.first) || days_a::text || repeat('0', span.after - first_a - length(days_a)))::varbit
       | (repeat('0', first_b - span.first) || days_b::text || repeat('0', span.after - first_b - length(days_b)))::varbit
  FROM (SELECT LEAST(first_a, first_b) AS first, GREATEST(first_a + length(days_a), first_b + length(days_b)) AS after) span
$$;

-- The active days a statement wrote, one bitmap per competitor (each day: its gap of zeros after the
-- previous one, then a one), ORed into the stored bitmap. A day that was active already changes
-- nothing: such a competitor's row is left as it is (the WHERE), so the update trigger needs no
-- comparison with the old rows. Competitors in syned_user_id order, as every writer of the daily rows.
CREATE FUNCTION "mark_active_days"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO competitor_active_days AS a (syned_user_id, first_day, days)
  SELECT syned_user_id, min(day), string_agg(repeat('0', gap) || '1', '' ORDER BY day)::varbit
  FROM (
    SELECT syned_user_id, day, day - lag(day, 1, day - 1) OVER (PARTITION BY syned_user_id ORDER BY day) - 1 AS gap
    FROM written_days WHERE solves > 0 OR accessed
  ) w
  GROUP BY syned_user_id ORDER BY syned_user_id
  ON CONFLICT (syned_user_id) DO UPDATE
    SET first_day = LEAST(a.first_day, EXCLUDED.first_day),
        days = active_days_union(a.first_day, a.days, EXCLUDED.first_day, EXCLUDED.days)
    WHERE active_days_union(a.first_day, a.days, EXCLUDED.first_day, EXCLUDED.days) <> a.days;
  RETURN NULL;
END
$$;

CREATE TRIGGER "competitor_daily_activity_marks_active_insert"
AFTER INSERT ON "competitor_daily_activity"
REFERENCING NEW TABLE AS written_days
FOR EACH STATEMENT EXECUTE FUNCTION mark_active_days();

CREATE TRIGGER "competitor_daily_activity_marks_active_update"
AFTER UPDATE ON "competitor_daily_activity"
REFERENCING NEW TABLE AS written_days
FOR EACH STATEMENT EXECUTE FUNCTION mark_active_days();
