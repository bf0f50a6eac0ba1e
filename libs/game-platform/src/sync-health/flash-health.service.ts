import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';

interface SentinelCheckRow {
  outcome?: string;
}

/** The latest Flash CTF event known for a while, and who has no progress read since it began. */
export interface UnreadFlashEvent {
  eventId: string;
  name: string;
  startedAt: Date | null;
  knownSince: Date;
  /** Competitors on the platform since before `knownBefore` (not missing) without a Flash CTF read since the event began. */
  unread: number;
  /** Competitors missing on the platform, not counted in `unread` (shown apart). */
  missing: number;
}

/** Read-only health of Flash CTF detection, for the alerts. */
@Injectable()
export class FlashHealthService {
  constructor(private readonly prisma: PrismaService) {}

  /** Latest live incremental runs in a row, newest first, whose sentinel check read nobody (candidates existed, every read failed). */
  async failedSentinelStreak(limit: number): Promise<number> {
    const runs = await this.prisma.gamePlatformSyncRun.findMany({
      where: { kind: 'incremental', dryRun: false, status: 'succeeded', flashDetection: { not: Prisma.DbNull } },
      orderBy: { startedAt: 'desc' },
      take: limit,
      select: { flashDetection: true },
    });
    const failed = (detection: unknown) => {
      const checks = (detection as { sentinels?: SentinelCheckRow[] } | null)?.sentinels ?? [];
      return checks.length > 0 && checks.every((check) => check.outcome !== 'ok');
    };
    const streak = runs.findIndex((run) => !failed(run.flashDetection));
    return streak === -1 ? runs.length : streak;
  }

  /**
   * The newest event announced before `knownBefore`, with the competitors lacking a read since it
   * began (those linked to the platform later are left out: their first sync reads them).
   */
  async latestUnread(knownBefore: Date): Promise<UnreadFlashEvent | null> {
    const rows = await this.prisma.$queryRaw<UnreadFlashEvent[]>`
      WITH latest AS (
        SELECT e.event_id, min(e.name) AS name, max(e.started_at) AS started_at, min(w.opened_at) AS known_since
        FROM game_platform_flash_ctf_events e
        JOIN game_platform_flash_sync_windows w ON e.event_id = ANY(w.event_ids)
        GROUP BY e.event_id
        HAVING min(w.opened_at) <= ${knownBefore}
        ORDER BY max(e.started_at) DESC NULLS LAST, min(w.opened_at) DESC
        LIMIT 1)
      SELECT l.event_id AS "eventId", l.name, l.started_at AS "startedAt", l.known_since AS "knownSince",
        count(c.id) FILTER (WHERE s.missing_since IS NULL)::int AS unread,
        count(c.id) FILTER (WHERE s.missing_since IS NOT NULL)::int AS missing
      FROM latest l
      LEFT JOIN (competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id)
        ON c.game_platform_id IS NOT NULL
          AND COALESCE(c.game_platform_synced_at, c.created_at) <= ${knownBefore}
          AND (s.last_flash_ctf_synced_at IS NULL OR s.last_flash_ctf_synced_at < COALESCE(l.started_at, l.known_since))
      GROUP BY l.event_id, l.name, l.started_at, l.known_since`;
    return rows[0] ?? null;
  }
}
