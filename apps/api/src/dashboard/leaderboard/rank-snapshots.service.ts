import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { competitorScopeSql, DashboardFilter } from '../dashboard-filter.query';
import { lastUpdated } from '../last-updated';
import { RankedCompetitor, RankSnapshot } from './rank-snapshot';

/** Longest a snapshot is used without being rebuilt (covers changes the version misses, e.g. deletions). */
const MAX_AGE_MS = 30_000;
/** How long a version read serves the requests after it: the leaderboard is at most this much behind the database. */
const VERSION_TTL_MS = 1_000;
/** Scopes kept (everyone, each coach, each division, ...); the least recently used goes first. */
const MAX_SCOPES = 64;

interface Entry {
  version: string;
  loadedAt: number;
  snapshot: Promise<RankSnapshot>;
}

/**
 * Ranking a scope reads every competitor in it, so each scope's ranking is kept as a snapshot and
 * rebuilt only when the data moves: the version is the newest totals refresh, competitor change
 * and successful score sync: three index probes, at most once a second per process, instead of a
 * scan of the scope per request.
 */
@Injectable()
export class RankSnapshots {
  private readonly entries = new Map<string, Entry>();
  private latest: { readAt: number; version: Promise<string> } | undefined;

  constructor(private readonly prisma: PrismaService) {}

  async get(filter: DashboardFilter): Promise<RankSnapshot> {
    const scope = `${filter.coachId ?? '*'}:${filter.division ?? '*'}`;
    const version = await this.version();
    const cached = this.entries.get(scope);
    this.entries.delete(scope);
    const entry = cached && cached.version === version && Date.now() - cached.loadedAt < MAX_AGE_MS ? cached : this.load(filter, version);
    this.entries.set(scope, entry);
    if (this.entries.size > MAX_SCOPES) this.entries.delete(this.entries.keys().next().value!);
    try {
      return await entry.snapshot;
    } catch (error) {
      if (this.entries.get(scope) === entry) this.entries.delete(scope);
      throw error;
    }
  }

  private load(filter: DashboardFilter, version: string): Entry {
    const snapshot = Promise.all([
      this.prisma.$queryRaw<RankedCompetitor[]>`
        SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.metactf_username AS username, c.division,
               c.coach_id AS "coachId", c.game_platform_id AS "gamePlatformId", s.competitor_id IS NOT NULL AS synced,
               coalesce(s.challenges_completed, 0) AS challenges, coalesce(s.total_score, 0) AS score,
               s.last_accessed_at AS "lastAccessedAt", lower(c.last_name || ' ' || c.first_name) AS "nameKey",
               rank() OVER (ORDER BY coalesce(s.challenges_completed, 0) DESC, coalesce(s.total_score, 0) DESC)::int AS rank
        FROM competitors c LEFT JOIN game_platform_stats s ON s.competitor_id = c.id
        WHERE ${competitorScopeSql(filter)}
        ORDER BY rank, c.id`,
      lastUpdated(this.prisma, filter),
    ]).then(([rows, updated]) => new RankSnapshot(rows, updated));
    return { version, loadedAt: Date.now(), snapshot };
  }

  private version(): Promise<string> {
    if (!this.latest || Date.now() - this.latest.readAt >= VERSION_TTL_MS) {
      const version = this.readVersion();
      this.latest = { readAt: Date.now(), version };
      version.catch(() => (this.latest = undefined));
    }
    return this.latest.version;
  }

  private async readVersion(): Promise<string> {
    const [row] = await this.prisma.$queryRaw<{ version: string | null }[]>`
      SELECT concat_ws('/', coalesce((SELECT max(refreshed_at) FROM game_platform_stats)::text, '-'), coalesce((SELECT max(updated_at) FROM competitors)::text, '-'),
                       coalesce((SELECT max(last_attempt_at) FROM game_platform_sync_state WHERE last_result = 'success')::text, '-')) AS version`;
    return row?.version ?? '';
  }
}
