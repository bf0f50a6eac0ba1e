import { Client } from 'pg';

export interface ApiSeedSize {
  competitors: number;
  coaches: number;
  teams: number;
  solves: number;
  /** Solves of the first competitor (the drill-down and its CSV). */
  drillSolves: number;
  flashEvents: number;
}

export interface ApiSeed {
  coachId: string;
  competitorId: string;
  /** The first four letters of a last name of the coach's: a search as a user would type it. */
  searchTerm: string;
}

const CATEGORIES = `ARRAY['web','crypto','pwn','forensics','reversing','osint','misc','networking']`;

/**
 * Bulk-seeds the dashboard world with generate_series, in set-based statements: varied last names
 * (letters drawn from md5 of the number, so trigram search meets realistic spread), competitor i
 * belongs to coach i % coaches, the first `teams * 10` competitors sit 10 to a team of their coach,
 * solves spread over the last 12 months (competitor 0 gets `drillSolves` of them), a Flash CTF
 * event a month with a third of the competitors playing each.
 */
export async function seedApiWorld(url: string, size: ApiSeedSize): Promise<ApiSeed> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    await db.query(
      `
      INSERT INTO coaches (id, email, first_name, last_name, updated_at)
      SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'coach' || n || '@bench.test', 'Coach', 'Number' || lpad(n::text, 3, '0'), now()
      FROM generate_series(0, $1 - 1) n`,
      [size.coaches],
    );
    await db.query(
      `
      CREATE TEMP TABLE bench_competitors AS
      SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS gp, ('00000000-0000-4000-8000-' || lpad(to_hex(n % $2), 12, '0'))::uuid AS coach_id
      FROM generate_series(0, $1 - 1) n`,
      [size.competitors, size.coaches],
    );
    await db.query(`
      INSERT INTO competitors (id, coach_id, first_name, last_name, email, division, status, game_platform_id, metactf_user_id, metactf_username,
                               school_id, region_id, compliance_confirmed_at, game_platform_synced_at, created_at, updated_at)
      SELECT id, coach_id, first_name, last_name, lower(first_name || '.' || last_name || n) || '@bench.test',
             (ARRAY['middle_school','high_school','college'])[1 + n % 3]::division, 'complete', gp, 100000 + n, 'player_' || n,
             'school-' || n % 40, 'region-' || n % 7, now() - interval '200 days', now() - interval '190 days',
             now() - interval '1 year' + n * interval '1 minute', now()
      FROM bench_competitors, LATERAL (SELECT (ARRAY['Ada','Grace','Alan','Edsger','Barbara','Ken','Radia','Linus','Joan','Dennis','Hedy','Tim'])[1 + n % 12] AS first_name,
                                              initcap(translate(substr(md5(n::text), 1, 4 + n % 5), '0123456789', 'aeioubkmrt')) AS last_name) names`);
    await db.query(
      `
      INSERT INTO teams (id, coach_id, name, division, affiliation, updated_at)
      SELECT ('00000000-0000-4000-9000-' || lpad(to_hex(t), 12, '0'))::uuid, ('00000000-0000-4000-8000-' || lpad(to_hex(t % $2), 12, '0'))::uuid,
             'Team ' || lpad(t::text, 3, '0'), 'high_school', 'Bench School', now()
      FROM generate_series(0, $1 - 1) t`,
      [size.teams, size.coaches],
    );
    await db.query(
      `
      INSERT INTO team_memberships (team_id, competitor_id, remote_state, updated_at)
      SELECT ('00000000-0000-4000-9000-' || lpad(to_hex(n % $1), 12, '0'))::uuid, id, 'synced', now()
      FROM bench_competitors WHERE n < $1 * 10`,
      [size.teams],
    );
    await db.query(`
      INSERT INTO game_platform_stats (competitor_id, challenges_completed, total_score, monthly_ctf_challenges, last_accessed_at, refreshed_at)
      SELECT id, (n * 7919) % 300, (n * 104729) % 30000, n % 12, CASE WHEN n % 10 = 0 THEN NULL ELSE now() - (n % 60) * interval '1 day' END, now() - interval '1 hour'
      FROM bench_competitors`);
    await db.query(`
      INSERT INTO game_platform_sync_state (syned_user_id, last_odl_synced_at, last_attempt_at, last_result, error_message, updated_at)
      SELECT gp, now() - interval '2 hours', now() - (n % 120) * interval '1 minute',
             CASE WHEN n % 25 = 0 THEN 'failure' ELSE 'success' END::sync_result,
             CASE WHEN n % 25 = 0 THEN 'The Game Platform did not answer in time: the next sync retries' END, now()
      FROM bench_competitors`);
    // Solve s goes to competitor 0 for the first drillSolves, then round-robin over the others.
    await db.query(
      `
      INSERT INTO game_platform_challenge_solves (syned_user_id, metactf_user_id, challenge_solve_id, challenge_id, challenge_title, challenge_category,
                                                  challenge_points, solved_at, source, raw_payload)
      SELECT c.gp, 100000 + c.n, s, s % 500, 'Challenge ' || s % 500, (${CATEGORIES})[1 + s % 8], 50 * (1 + s % 10),
             now() - ((s::bigint * 7919) % 31536000) * interval '1 second', 'odl', '{}'::jsonb
      FROM generate_series(1, $1) s
      JOIN bench_competitors c ON c.n = CASE WHEN s <= $2 THEN 0 ELSE 1 + s % ($3 - 1) END`,
      [size.solves, size.drillSolves, size.competitors],
    );
    // The sync keeps per-day activity beside the solves it stores; seeded here from the same solves, in day order
    // like the sync's insert (each day's streak flag then sees the day before).
    await db.query(`
      INSERT INTO competitor_daily_activity (syned_user_id, day, solves, points, accessed)
      SELECT v.syned_user_id, (v.solved_at AT TIME ZONE 'UTC')::date, count(*), sum(v.challenge_points), coalesce(bool_or((st.last_accessed_at AT TIME ZONE 'UTC')::date = (v.solved_at AT TIME ZONE 'UTC')::date), false)
      FROM game_platform_challenge_solves v JOIN bench_competitors c ON c.gp = v.syned_user_id JOIN game_platform_stats st ON st.competitor_id = c.id
      GROUP BY 1, 2 ORDER BY 1, 2`);
    // Triggers on the daily rows appended per-scope deltas; fold them as the sync does after writing.
    await db.query('SELECT compact_activity_rollups()');
    await db.query(
      `
      INSERT INTO game_platform_flash_ctf_events (syned_user_id, event_id, name, challenges_solved, score, rank, started_at, ended_at, raw_payload)
      SELECT c.gp, 'flash-' || e, 'Flash CTF #' || e, (c.n + e) % 15, ((c.n + e) % 15) * 100, 1 + c.n % 500,
             date_trunc('month', now()) - e * interval '1 month' + interval '14 days', date_trunc('month', now()) - e * interval '1 month' + interval '15 days', '{}'::jsonb
      FROM bench_competitors c CROSS JOIN generate_series(0, $1 - 1) e WHERE (c.n + e) % 3 = 0`,
      [size.flashEvents],
    );
    await db.query(`
      INSERT INTO game_platform_sync_runs (kind, status, competitors_total, competitors_processed, started_at, finished_at)
      SELECT 'incremental', 'succeeded', 500, 500, now() - r * interval '30 minutes', now() - r * interval '30 minutes' + interval '40 seconds'
      FROM generate_series(1, 48) r`);
    // Seeding runs the daily rows' triggers for a year of activity in one transaction, so every version of
    // every bitmap and rollup row stays in the table (the bitmaps: 75 MB for 1 MB of live rows, read whole
    // by the overview). The sync writes in small transactions between which autovacuum and page pruning
    // reuse that space: compact them, so the reads are measured on tables of the size they keep.
    await db.query('VACUUM FULL competitor_active_days, scope_daily_activity, team_daily_activity');
    await db.query('VACUUM ANALYZE');
    const { rows } = await db.query<{ id: string; coach_id: string; term: string }>(
      'SELECT b.id, b.coach_id, lower(left(c.last_name, 4)) AS term FROM bench_competitors b JOIN competitors c ON c.id = b.id WHERE b.n = 0',
    );
    return { coachId: rows[0].coach_id, competitorId: rows[0].id, searchTerm: rows[0].term };
  } finally {
    await db.end();
  }
}
