import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { OdlScoresDto } from '../client';
import { compactActivityRollups, recordAccessDays } from './daily-activity';
import { SyncWriteRepository, TRANSACTION_OPTIONS } from './sync-write.repository';

export interface FlaggedCompetitor {
  competitorId: string;
  synedUserId: string;
}

export interface TotalsRefresh {
  competitor: FlaggedCompetitor;
  scores: OdlScoresDto;
}

/** Reads and writes of the totals sweep. */
@Injectable()
export class TotalsRepository {
  constructor(
    private readonly prisma: PrismaService,
    private readonly writes: SyncWriteRepository,
  ) {}

  /** Flagged competitors, least recently touched first, so a failing one cannot hold the head of the queue. */
  flagged(limit: number): Promise<FlaggedCompetitor[]> {
    return this.prisma.$queryRaw<FlaggedCompetitor[]>`
      SELECT c.id AS "competitorId", s.syned_user_id::text AS "synedUserId"
      FROM game_platform_sync_state s JOIN competitors c ON c.game_platform_id = s.syned_user_id
      WHERE s.needs_totals_refresh
      ORDER BY s.updated_at ASC, s.syned_user_id ASC
      LIMIT ${limit}`;
  }

  /**
   * Stores vendor totals, back-fills any solve missing locally (the unfiltered answer lists them all),
   * and clears the flag, in one transaction. A flag raised again by a sync after `readStartedAt`
   * stays set: those new solves may not be in the totals read here.
   */
  async store(refreshes: TotalsRefresh[], readStartedAt: Date): Promise<void> {
    if (refreshes.length === 0) return;
    await this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO game_platform_stats AS st
          (competitor_id, challenges_completed, total_score, monthly_ctf_challenges, last_accessed_at, refreshed_at)
        SELECT cid, completed, score, monthly, to_timestamp(accessed), now()
        FROM unnest(
          ${refreshes.map((r) => r.competitor.competitorId)}::uuid[],
          ${refreshes.map((r) => r.scores.challenges_completed ?? r.scores.challenge_solves.length)}::int[],
          ${refreshes.map((r) => r.scores.total_score ?? 0)}::int[],
          ${refreshes.map((r) => r.scores.monthly_ctf_challenges ?? 0)}::int[],
          ${refreshes.map((r) => r.scores.last_accessed_unix ?? null)}::float8[]
        ) AS t(cid, completed, score, monthly, accessed)
        ON CONFLICT (competitor_id) DO UPDATE SET
          challenges_completed = EXCLUDED.challenges_completed, total_score = EXCLUDED.total_score,
          monthly_ctf_challenges = EXCLUDED.monthly_ctf_challenges,
          last_accessed_at = COALESCE(EXCLUDED.last_accessed_at, st.last_accessed_at), refreshed_at = now()`;
      await recordAccessDays(
        tx,
        refreshes.map((r) => ({ synedUserId: r.competitor.synedUserId, accessedUnix: r.scores.last_accessed_unix ?? null })),
      );
      await this.writes.insertSolves(
        refreshes.flatMap((r) =>
          r.scores.challenge_solves.map((solve) => ({ synedUserId: r.competitor.synedUserId, metactfUserId: r.scores.metactf_user_id ?? null, solve })),
        ),
        tx,
      );
      await tx.$executeRaw`
        UPDATE game_platform_sync_state SET needs_totals_refresh = false, updated_at = now()
        WHERE syned_user_id = ANY(${refreshes.map((r) => r.competitor.synedUserId)}::uuid[]) AND updated_at <= ${readStartedAt}`;
    }, TRANSACTION_OPTIONS);
    await compactActivityRollups(this.prisma);
  }

  /** A failed refresh goes to the back of the queue; its flag stays set. */
  async touchFailed(synedUserIds: string[]): Promise<void> {
    if (synedUserIds.length === 0) return;
    await this.prisma.$executeRaw`
      UPDATE game_platform_sync_state SET updated_at = now() WHERE syned_user_id = ANY(${synedUserIds}::uuid[])`;
  }
}
