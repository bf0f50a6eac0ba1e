import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { SENTINEL_ELIGIBLE_SQL } from './platform-presence';

/** Why a competitor is in the run's sentinel set. */
export type SentinelRole = 'latest_participant' | 'rotation' | 'failover';

export interface SentinelCandidate {
  competitorId: string;
  synedUserId: string;
  role: SentinelRole;
}

/** Flash CTF events considered when looking for the latest participants. */
const PARTICIPATION_LOOKBACK_DAYS = 62;

/**
 * Chooses whom the Flash CTF check reads: the competitors most likely to see a new event first. A
 * vendor that lists a user only the events they played shows a new event to its players, and the
 * players of the latest events are the likeliest to play the next one; one competitor from the
 * rotation (the one whose progress was read longest ago) covers everyone else over time. Never a
 * competitor whose last reads answered 404 or who is missing on the platform.
 */
@Injectable()
export class FlashSentinelCandidates {
  constructor(private readonly prisma: PrismaService) {}

  /** `count` sentinels (one from the rotation), then failover candidates, distinct, best first. */
  async choose(count: number): Promise<SentinelCandidate[]> {
    const [participants, rotation] = await Promise.all([this.latestParticipants(count * 2), this.rotation(count * 2)]);
    const chosen = new Map<string, SentinelCandidate>();
    const add = (candidate: { competitorId: string; synedUserId: string }, role: SentinelRole) => {
      if (!chosen.has(candidate.synedUserId)) chosen.set(candidate.synedUserId, { ...candidate, role });
    };
    for (const candidate of participants.slice(0, count - 1)) add(candidate, 'latest_participant');
    for (const candidate of rotation) {
      if (chosen.size >= count) break;
      add(candidate, 'rotation');
    }
    for (const candidate of [...participants, ...rotation]) add(candidate, 'failover');
    return [...chosen.values()].slice(0, count * 2);
  }

  /** Competitors who scored in the most recent events, latest event and best score first. */
  private latestParticipants(limit: number) {
    return this.prisma.$queryRaw<{ competitorId: string; synedUserId: string }[]>`
      SELECT c.id AS "competitorId", c.game_platform_id::text AS "synedUserId"
      FROM (
        SELECT e.syned_user_id, max(e.started_at) AS last_played, max(e.score) AS best
        FROM game_platform_flash_ctf_events e
        WHERE (e.challenges_solved > 0 OR e.score > 0)
          AND e.started_at >= now() - ${PARTICIPATION_LOOKBACK_DAYS}::int * interval '1 day'
        GROUP BY e.syned_user_id
      ) p
      JOIN competitors c ON c.game_platform_id = p.syned_user_id
      LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE ${SENTINEL_ELIGIBLE_SQL}
      ORDER BY p.last_played DESC, p.best DESC, c.game_platform_id ASC
      LIMIT ${limit}`;
  }

  /** Competitors whose Flash CTF progress was read longest ago (never read first). */
  private rotation(limit: number) {
    return this.prisma.$queryRaw<{ competitorId: string; synedUserId: string }[]>`
      SELECT c.id AS "competitorId", c.game_platform_id::text AS "synedUserId"
      FROM competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
      WHERE c.game_platform_id IS NOT NULL AND ${SENTINEL_ELIGIBLE_SQL}
      ORDER BY s.last_flash_ctf_synced_at ASC NULLS FIRST, c.game_platform_id ASC
      LIMIT ${limit}`;
  }
}
