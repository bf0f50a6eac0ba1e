import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';
import { ChallengeSolveDto, FlashCtfEventDto } from '../client';
import { retierSql, TierPolicy } from './activity-tiers';
import { compactActivityRollups, recordAccessDays } from './daily-activity';
import { flashEventId } from './flash-event-id';
import { NOT_FOUND_ON_CONFLICT_SQL } from './platform-presence';
import { CompetitorOutcome, FailedCompetitor, FetchedCompetitor } from './sync-outcome';

type Db = Prisma.TransactionClient;

/** A first sync can bring thousands of solves per chunk: more than Prisma's 5 s default. */
export const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 60_000 };

export interface SolveRow {
  synedUserId: string;
  metactfUserId: number | null;
  solve: ChallengeSolveDto;
}

/**
 * Bulk writes of the sync: one statement per table per chunk of competitors (unnest of arrays, so
 * the statement size does not grow with the row count), all in one transaction per chunk.
 */
@Injectable()
export class SyncWriteRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Stores what the vendor returned for a chunk of competitors and advances their cursors in the
   * same transaction (with `alsoInTransaction`, e.g. the run's counts). Returns the number of solves
   * that were new, per syned_user_id.
   */
  async storeOutcomes(
    outcomes: CompetitorOutcome[],
    policy: TierPolicy,
    alsoInTransaction?: (tx: Db, newSolves: Map<string, number>) => Promise<void>,
  ): Promise<Map<string, number>> {
    const fetched = outcomes.filter((o): o is FetchedCompetitor => o.kind === 'fetched');
    const failed = outcomes.filter((o): o is FailedCompetitor => o.kind === 'failed');
    const stored = await this.prisma.$transaction(async (tx) => {
      const newSolves = await insertSolves(tx, solveRows(fetched));
      await upsertFlashEvents(
        tx,
        fetched.flatMap((o) => (o.flashEvents ?? []).map((event) => ({ synedUserId: o.target.synedUserId, metactfUserId: o.metactfUserId, event }))),
      );
      await recordSuccesses(tx, fetched, newSolves);
      await recordAccessDays(
        tx,
        fetched.map((o) => ({ synedUserId: o.target.synedUserId, accessedUnix: o.remoteAccessedUnix })),
      );
      await recordFailures(tx, failed);
      if (fetched.length > 0)
        await tx.$executeRaw(
          retierSql(
            fetched.map((o) => o.target.synedUserId),
            policy,
          ),
        );
      await alsoInTransaction?.(tx, newSolves);
      return newSolves;
    }, TRANSACTION_OPTIONS);
    await compactActivityRollups(this.prisma);
    return stored;
  }

  /** Flash CTF progress of one competitor (the sentinel), with its flash cursor, in the given transaction. */
  async storeFlashProgress(db: Db, synedUserId: string, metactfUserId: number | null, events: FlashCtfEventDto[]): Promise<void> {
    await upsertFlashEvents(
      db,
      events.map((event) => ({ synedUserId, metactfUserId, event })),
    );
    await db.$executeRaw`
      INSERT INTO game_platform_sync_state (syned_user_id, last_flash_ctf_synced_at, updated_at)
      VALUES (${synedUserId}::uuid, now(), now())
      ON CONFLICT (syned_user_id) DO UPDATE SET last_flash_ctf_synced_at = now(), updated_at = now()`;
  }

  /** Solves absent locally (ON CONFLICT DO NOTHING); returns how many were new, per user. */
  insertSolves(rows: SolveRow[], db: Db = this.prisma): Promise<Map<string, number>> {
    return insertSolves(db, rows);
  }

  /** What storeOutcomes would count as new, without writing. */
  countUnstoredSolves(outcomes: CompetitorOutcome[]): Promise<Map<string, number>> {
    return countUnstoredSolves(this.prisma, solveRows(outcomes.filter((o): o is FetchedCompetitor => o.kind === 'fetched')));
  }
}

function solveRows(fetched: FetchedCompetitor[]): SolveRow[] {
  return fetched.flatMap((o) => o.solves.map((solve) => ({ synedUserId: o.target.synedUserId, metactfUserId: o.metactfUserId, solve })));
}

async function insertSolves(db: Db, rows: SolveRow[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (rows.length === 0) return counts;
  // The daily aggregate counts the rows this statement actually inserted (RETURNING), so an overlap
  // re-read of stored solves adds nothing; same statement, same transaction as the solves. Each day
  // comes with its streak flag (a solve the day before, written now or stored), so the streak trigger
  // (ADR 0033) finds it set instead of updating the row it has just inserted (ADR 0035).
  const inserted = await db.$queryRaw<{ syned_user_id: string }[]>`
    WITH inserted AS (
    INSERT INTO game_platform_challenge_solves
      (syned_user_id, metactf_user_id, challenge_solve_id, challenge_id, challenge_title, challenge_category,
       challenge_points, solved_at, source, raw_payload)
    SELECT u, m, sid, cid, title, category, points, to_timestamp(ts), 'odl'::solve_source, raw
    FROM unnest(
      ${rows.map((r) => r.synedUserId)}::uuid[],
      ${rows.map((r) => r.metactfUserId)}::int[],
      ${rows.map((r) => r.solve.challenge_solve_id)}::int[],
      ${rows.map((r) => r.solve.challenge_id)}::int[],
      ${rows.map((r) => r.solve.challenge_title ?? null)}::text[],
      ${rows.map((r) => r.solve.challenge_category ?? null)}::text[],
      ${rows.map((r) => r.solve.challenge_points ?? null)}::int[],
      ${rows.map((r) => r.solve.timestamp_unix)}::float8[],
      ${rows.map((r) => JSON.stringify(r.solve.raw))}::jsonb[]
    ) AS t(u, m, sid, cid, title, category, points, ts, raw)
    ON CONFLICT (syned_user_id, challenge_solve_id) DO NOTHING
    RETURNING syned_user_id, solved_at, challenge_points
    ), days AS (
      SELECT syned_user_id, (solved_at AT TIME ZONE 'UTC')::date AS day, count(*) AS solves, COALESCE(sum(challenge_points), 0) AS points
      FROM inserted GROUP BY 1, 2
    ), daily AS (
      INSERT INTO competitor_daily_activity AS d (syned_user_id, day, solves, points, streak)
      SELECT n.syned_user_id, n.day, n.solves, n.points,
             b.day IS NOT NULL OR EXISTS (SELECT 1 FROM competitor_daily_activity s
                                          WHERE s.syned_user_id = n.syned_user_id AND s.day = n.day - 1 AND s.solves > 0)
      FROM days n LEFT JOIN days b ON b.syned_user_id = n.syned_user_id AND b.day = n.day - 1
      ORDER BY 1, 2
      ON CONFLICT (syned_user_id, day) DO UPDATE
        SET solves = d.solves + EXCLUDED.solves, points = d.points + EXCLUDED.points, streak = d.streak OR EXCLUDED.streak
    )
    SELECT syned_user_id FROM inserted`;
  for (const { syned_user_id } of inserted) counts.set(syned_user_id, (counts.get(syned_user_id) ?? 0) + 1);
  return counts;
}

interface FlashRow {
  synedUserId: string;
  metactfUserId: number | null;
  event: FlashCtfEventDto;
}

async function upsertFlashEvents(db: Db, rows: FlashRow[]): Promise<void> {
  if (rows.length === 0) return;
  // One row per (user, event) even if the vendor lists an event twice: ON CONFLICT cannot touch a row twice.
  const unique = [...new Map(rows.map((r) => [`${r.synedUserId}|${flashEventId(r.event)}`, r])).values()];
  await db.$executeRaw`
    INSERT INTO game_platform_flash_ctf_events
      (syned_user_id, metactf_user_id, event_id, name, description, challenges_solved, score, rank, started_at, ended_at, raw_payload)
    SELECT u, m, eid, name, descr, solved, score, rank, started::timestamptz, ended::timestamptz, raw
    FROM unnest(
      ${unique.map((r) => r.synedUserId)}::uuid[],
      ${unique.map((r) => r.metactfUserId)}::int[],
      ${unique.map((r) => flashEventId(r.event))}::text[],
      ${unique.map((r) => r.event.name)}::text[],
      ${unique.map((r) => r.event.description ?? null)}::text[],
      ${unique.map((r) => r.event.challenges_solved ?? 0)}::int[],
      ${unique.map((r) => r.event.score ?? 0)}::int[],
      ${unique.map((r) => r.event.rank ?? null)}::int[],
      ${unique.map((r) => r.event.started_at ?? null)}::text[],
      ${unique.map((r) => r.event.ended_at ?? null)}::text[],
      ${unique.map((r) => JSON.stringify(r.event.raw))}::jsonb[]
    ) AS t(u, m, eid, name, descr, solved, score, rank, started, ended, raw)
    ON CONFLICT (syned_user_id, event_id) DO UPDATE SET
      metactf_user_id = COALESCE(EXCLUDED.metactf_user_id, game_platform_flash_ctf_events.metactf_user_id),
      name = EXCLUDED.name, description = EXCLUDED.description, challenges_solved = EXCLUDED.challenges_solved,
      score = EXCLUDED.score, rank = EXCLUDED.rank, started_at = EXCLUDED.started_at, ended_at = EXCLUDED.ended_at,
      raw_payload = EXCLUDED.raw_payload`;
}

/** Cursor (newest solve time seen), access time, flags and result of each fetched competitor. */
async function recordSuccesses(db: Db, fetched: FetchedCompetitor[], newSolves: Map<string, number>): Promise<void> {
  if (fetched.length === 0) return;
  const newest = (o: FetchedCompetitor) => (o.solves.length > 0 ? Math.max(...o.solves.map((s) => s.timestamp_unix)) : null);
  await db.$executeRaw`
    INSERT INTO game_platform_sync_state AS s
      (syned_user_id, last_odl_synced_at, last_flash_ctf_synced_at, last_remote_accessed_at, last_attempt_at,
       last_result, error_message, needs_totals_refresh, updated_at)
    SELECT u, to_timestamp(newest), CASE WHEN flash THEN now() END, to_timestamp(accessed), now(),
       'success'::sync_result, NULL, fresh, now()
    FROM unnest(
      ${fetched.map((o) => o.target.synedUserId)}::uuid[],
      ${fetched.map(newest)}::float8[],
      ${fetched.map((o) => o.flashEvents !== null)}::bool[],
      ${fetched.map((o) => o.remoteAccessedUnix)}::float8[],
      ${fetched.map((o) => (newSolves.get(o.target.synedUserId) ?? 0) > 0)}::bool[]
    ) AS t(u, newest, flash, accessed, fresh)
    ON CONFLICT (syned_user_id) DO UPDATE SET
      last_odl_synced_at = GREATEST(s.last_odl_synced_at, EXCLUDED.last_odl_synced_at),
      last_flash_ctf_synced_at = COALESCE(EXCLUDED.last_flash_ctf_synced_at, s.last_flash_ctf_synced_at),
      last_remote_accessed_at = COALESCE(EXCLUDED.last_remote_accessed_at, s.last_remote_accessed_at),
      last_attempt_at = EXCLUDED.last_attempt_at,
      last_result = EXCLUDED.last_result,
      error_message = NULL,
      needs_totals_refresh = s.needs_totals_refresh OR EXCLUDED.needs_totals_refresh,
      not_found_count = 0,
      missing_since = NULL,
      updated_at = now()`;
}

/** A failure is recorded on its competitor; its cursor stays where it was, so nothing is skipped. */
async function recordFailures(db: Db, failed: FailedCompetitor[]): Promise<void> {
  if (failed.length === 0) return;
  await db.$executeRaw`
    INSERT INTO game_platform_sync_state AS s (syned_user_id, last_attempt_at, last_result, error_message, not_found_count, updated_at)
    SELECT u, now(), 'failure'::sync_result, msg, CASE WHEN nf THEN 1 ELSE 0 END, now()
    FROM unnest(
      ${failed.map((o) => o.target.synedUserId)}::uuid[],
      ${failed.map((o) => o.error)}::text[],
      ${failed.map((o) => o.notFound)}::bool[]
    ) AS t(u, msg, nf)
    ON CONFLICT (syned_user_id) DO UPDATE SET
      last_attempt_at = EXCLUDED.last_attempt_at, last_result = 'failure', error_message = EXCLUDED.error_message, updated_at = now(),
      ${NOT_FOUND_ON_CONFLICT_SQL}`;
}

/** Dry runs: how many of these solves are not stored yet, per user (reads only). */
export async function countUnstoredSolves(db: Db, rows: SolveRow[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const unique = [...new Map(rows.map((r) => [`${r.synedUserId}|${r.solve.challenge_solve_id}`, r])).values()];
  if (unique.length === 0) return counts;
  const missing = await db.$queryRaw<{ syned_user_id: string; n: number }[]>`
    SELECT t.u::text AS syned_user_id, count(*)::int AS n
    FROM unnest(${unique.map((r) => r.synedUserId)}::uuid[], ${unique.map((r) => r.solve.challenge_solve_id)}::int[]) AS t(u, sid)
    WHERE NOT EXISTS (SELECT 1 FROM game_platform_challenge_solves cs WHERE cs.syned_user_id = t.u AND cs.challenge_solve_id = t.sid)
    GROUP BY t.u`;
  for (const row of missing) counts.set(row.syned_user_id, row.n);
  return counts;
}
