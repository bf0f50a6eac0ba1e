import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@app/persistence';

/**
 * Sync state `s` of a competitor window `w` cannot wait for: missing on the platform, or attempted
 * since the window opened and failed.
 */
const UNREADABLE_SQL = Prisma.sql`COALESCE(s.missing_since IS NOT NULL OR (s.last_result = 'failure' AND s.last_attempt_at >= w.opened_at), false)`;

/** A window as the run telemetry shows it, after the run's settle step. */
export interface WindowSummary {
  id: string;
  eventIds: string[];
  openedAt: string;
  /** Competitors not read since the window opened that can still be read: they hold it open. */
  uncovered: number;
  /** Competitors not read since it opened whose reads fail (or who are missing on the platform): counted apart. */
  unreadable: number;
  closed: boolean;
}

/**
 * Flash CTF sync windows: one per detection, listing the event ids it announced. A window never
 * hides another: each competitor is read once after the newest detection, and each window closes on
 * its own once every readable competitor was read after it opened. A competitor whose reads fail
 * does not hold a window open; it is counted on the window instead.
 */
@Injectable()
export class FlashWindows {
  constructor(private readonly prisma: PrismaService) {}

  /** When the newest window (open or closed) opened: everyone not read since then gets a read. */
  async latestDetectionAt(): Promise<Date | null> {
    const latest = await this.prisma.gamePlatformFlashSyncWindow.findFirst({ orderBy: { openedAt: 'desc' }, select: { openedAt: true } });
    return latest?.openedAt ?? null;
  }

  /** The ids among `ids` that no window announced yet. */
  async unannounced(ids: string[], db: Prisma.TransactionClient = this.prisma): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await db.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT e AS id FROM game_platform_flash_sync_windows, unnest(event_ids) AS e WHERE e = ANY(${ids}::text[])`;
    const announced = new Set(rows.map((row) => row.id));
    return ids.filter((id) => !announced.has(id));
  }

  /** Opens a window for the ids among `ids` no window announced yet; returns them. */
  async announce(db: Prisma.TransactionClient, ids: string[], maxHours: number): Promise<string[]> {
    const fresh = await this.unannounced(ids, db);
    if (fresh.length > 0) {
      await db.$executeRaw`
        INSERT INTO game_platform_flash_sync_windows (event_ids, expires_at)
        VALUES (${fresh}::text[], now() + ${maxHours}::int * interval '1 hour')`;
    }
    return fresh;
  }

  /**
   * Events that batch reads stored but no window announced (a vendor that lists a user only the
   * events they played shows a new event to its players, who need not be sentinels): one window for
   * all of them. Looks back `maxHours`, so a run that died before this step is caught up by the next.
   */
  async announceStored(maxHours: number): Promise<string[]> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        SELECT e.id FROM (
          SELECT DISTINCT event_id AS id FROM game_platform_flash_ctf_events
          WHERE ingested_at >= now() - ${maxHours}::int * interval '1 hour'
        ) e
        WHERE NOT EXISTS (SELECT 1 FROM game_platform_flash_sync_windows w WHERE e.id = ANY(w.event_ids))`;
      return this.announce(
        tx,
        rows.map((row) => row.id),
        maxHours,
      );
    });
  }

  /**
   * Counts each open window's uncovered and unreadable competitors and, when `apply`, records the
   * count and closes the windows nobody readable holds open (dry runs only report).
   */
  async settle(apply: boolean): Promise<WindowSummary[]> {
    const rows = await this.prisma.$queryRaw<{ id: string; event_ids: string[]; opened_at: Date; uncovered: number; unreadable: number }[]>`
      SELECT w.id::text, w.event_ids, w.opened_at,
        count(c.id) FILTER (WHERE NOT ${UNREADABLE_SQL})::int AS uncovered,
        count(c.id) FILTER (WHERE ${UNREADABLE_SQL})::int AS unreadable
      FROM game_platform_flash_sync_windows w
      LEFT JOIN (competitors c LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id)
        ON c.game_platform_id IS NOT NULL AND (s.last_flash_ctf_synced_at IS NULL OR s.last_flash_ctf_synced_at < w.opened_at)
      WHERE w.expires_at > now()
      GROUP BY w.id
      ORDER BY w.opened_at`;
    const summaries: WindowSummary[] = [];
    for (const row of rows) {
      const closed = row.uncovered === 0;
      if (apply) {
        await this.prisma.$executeRaw`
          UPDATE game_platform_flash_sync_windows
          SET unreadable_count = ${row.unreadable}, expires_at = CASE WHEN ${closed} THEN now() ELSE expires_at END
          WHERE id = ${row.id}::uuid`;
      }
      summaries.push({
        id: row.id,
        eventIds: row.event_ids,
        openedAt: row.opened_at.toISOString(),
        uncovered: row.uncovered,
        unreadable: row.unreadable,
        closed,
      });
    }
    return summaries;
  }
}
