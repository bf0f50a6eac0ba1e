import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';
import { DUE_SHARE, TierPolicy } from './activity-tiers';
import { syncIntervalSql } from './platform-presence';
import { SyncTarget } from './sync-outcome';

/** A competitor picked for a run, with its sync state. */
export interface Candidate {
  competitorId: string;
  synedUserId: string;
  odlWatermark: Date | null;
  lastFlashCtfSyncedAt: Date | null;
}

export function toSyncTarget(candidate: Candidate): SyncTarget {
  return {
    competitorId: candidate.competitorId,
    synedUserId: candidate.synedUserId,
    odlWatermarkUnix: candidate.odlWatermark ? Math.floor(candidate.odlWatermark.getTime() / 1000) : null,
    lastFlashCtfSyncedAt: candidate.lastFlashCtfSyncedAt,
  };
}

/** Where the rotation stands: the cycle in progress and the batch number its last run had. */
export interface RotationPosition {
  cycleId: string;
  cycleStartedAt: Date;
  batchNumber: number;
}

const CANDIDATE_COLUMNS = Prisma.sql`c.id AS "competitorId", c.game_platform_id::text AS "synedUserId",
  s.last_odl_synced_at AS "odlWatermark", s.last_flash_ctf_synced_at AS "lastFlashCtfSyncedAt"`;

/**
 * Reads that decide what a run syncs. Everything is a predicate over stored state plus ORDER BY a
 * total order ending in game_platform_id (keyset), never OFFSET: competitors added or removed
 * between runs cannot shift anyone out of the rotation.
 */
@Injectable()
export class BatchSelectionRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The latest live rotation run (not dry, no coach filter) other than `exceptRunId`. */
  async rotationPosition(exceptRunId: string): Promise<RotationPosition | null> {
    const rows = await this.prisma.$queryRaw<RotationPosition[]>`
      SELECT r.cycle_id::text AS "cycleId", r.batch_number AS "batchNumber",
        (SELECT min(f.started_at) FROM game_platform_sync_runs f
          WHERE f.cycle_id = r.cycle_id AND f.dry_run = false) AS "cycleStartedAt"
      FROM game_platform_sync_runs r
      WHERE r.kind = 'incremental' AND r.dry_run = false AND r.coach_id IS NULL AND r.cycle_id IS NOT NULL
        AND r.id <> ${exceptRunId}::uuid
      ORDER BY r.started_at DESC
      LIMIT 1`;
    return rows[0] ?? null;
  }

  async cycleStartedAt(cycleId: string): Promise<Date> {
    const rows = await this.prisma.$queryRaw<{ at: Date }[]>`
      SELECT min(started_at) AS at FROM game_platform_sync_runs WHERE cycle_id = ${cycleId}::uuid AND dry_run = false`;
    return rows[0].at;
  }

  /** Competitors on the platform, of one coach or all. */
  countSyncable(coachId?: string): Promise<number> {
    return this.prisma.competitor.count({ where: { gamePlatformId: { not: null }, ...(coachId ? { coachId } : {}) } });
  }

  /** First page of the cycle's remaining work: due, not attempted since the cycle started, most overdue first. */
  dueNotVisited(cycleStartedAt: Date, policy: TierPolicy, limit: number): Promise<Candidate[]> {
    return this.prisma.$queryRaw<Candidate[]>`
      SELECT ${CANDIDATE_COLUMNS}
      FROM competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE ${this.dueNotVisitedPredicate(cycleStartedAt, policy)}
      ORDER BY s.last_attempt_at + ${syncIntervalSql(policy)} ASC NULLS FIRST, c.game_platform_id ASC
      LIMIT ${limit}`;
  }

  async countDueNotVisited(cycleStartedAt: Date, policy: TierPolicy): Promise<number> {
    const rows = await this.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n
      FROM competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE ${this.dueNotVisitedPredicate(cycleStartedAt, policy)}`;
    return rows[0].n;
  }

  /** One competitor, when it is on the platform. */
  async one(competitorId: string): Promise<Candidate | null> {
    const rows = await this.prisma.$queryRaw<Candidate[]>`
      SELECT ${CANDIDATE_COLUMNS}
      FROM competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE c.id = ${competitorId}::uuid AND c.game_platform_id IS NOT NULL`;
    return rows[0] ?? null;
  }

  /** Competitors on the platform (of one coach, or all) after `afterSynedUserId` in keyset order, whatever their tier. */
  everyonePage(coachId: string | null, afterSynedUserId: string | null, limit: number): Promise<Candidate[]> {
    return this.prisma.$queryRaw<Candidate[]>`
      SELECT ${CANDIDATE_COLUMNS}
      FROM competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE c.game_platform_id IS NOT NULL AND (${coachId}::uuid IS NULL OR c.coach_id = ${coachId}::uuid)
        AND (${afterSynedUserId}::uuid IS NULL OR c.game_platform_id > ${afterSynedUserId}::uuid)
      ORDER BY c.game_platform_id ASC
      LIMIT ${limit}`;
  }

  private dueNotVisitedPredicate(cycleStartedAt: Date, policy: TierPolicy): Prisma.Sql {
    return Prisma.sql`c.game_platform_id IS NOT NULL
      AND (s.last_attempt_at IS NULL
        OR (s.last_attempt_at < ${cycleStartedAt}
          AND s.last_attempt_at + ${syncIntervalSql(policy)} * ${DUE_SHARE}::float8 <= now()))`;
  }
}
