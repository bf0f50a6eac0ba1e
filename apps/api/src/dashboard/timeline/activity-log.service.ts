import { Injectable } from '@nestjs/common';
import { scoreSyncAdvice } from '@app/game-platform';
import { Prisma, PrismaService } from '@app/persistence';
import { dashboardAnswer } from '../dashboard-answer';
import { competitorScopeSql, DashboardFilter } from '../dashboard-filter.query';
import { decodeActivityCursor, encodeActivityCursor } from './activity-cursor';
import { ActivityEventDto, ActivityKind, ActivityLogDto, ActivityLogQuery } from './activity-log.dto';
import { TEAM_EDIT_ACTIONS, teamEditsSql } from './team-edits';

interface EventRow {
  id: string;
  kind: ActivityKind;
  at: Date;
  competitorId: string | null;
  competitorName: string | null;
  teamId: string | null;
  teamName: string | null;
  data: Record<string, unknown> | null;
}

/**
 * The raw activity log: registrations, onboardings and their failures, team edits, score-sync
 * failures and sync runs, newest first, keyset-paginated on (at, id) so pages never skip or repeat.
 * Sync runs concern everyone: they are listed when the filter covers all coaches, or the run's coach.
 */
@Injectable()
export class ActivityLogService {
  constructor(private readonly prisma: PrismaService) {}

  async list(filter: DashboardFilter, query: ActivityLogQuery): Promise<ActivityLogDto> {
    const after = query.cursor ? decodeActivityCursor(query.cursor) : null;
    const scope = competitorScopeSql(filter);
    const inRange = (at: Prisma.Sql) => Prisma.sql`${at} >= ${filter.from} AND ${at} < ${filter.toExclusive}`;
    const name = Prisma.sql`c.first_name || ' ' || c.last_name`;
    const runs = filter.coachId ? Prisma.sql`r.coach_id = ${filter.coachId}::uuid` : Prisma.sql`true`;
    const rows = await this.prisma.$queryRaw<EventRow[]>`
      SELECT * FROM (
        SELECT 'registered:' || c.id AS id, 'competitor_registered' AS kind, c.created_at AS at, c.id AS "competitorId", ${name} AS "competitorName",
               NULL::uuid AS "teamId", NULL AS "teamName", NULL::jsonb AS data
        FROM competitors c WHERE ${scope} AND ${inRange(Prisma.sql`c.created_at`)}
        UNION ALL
        SELECT 'onboarded:' || c.id, 'competitor_onboarded', c.game_platform_synced_at, c.id, ${name}, NULL, NULL, NULL
        FROM competitors c WHERE ${scope} AND c.game_platform_id IS NOT NULL AND ${inRange(Prisma.sql`c.game_platform_synced_at`)}
        UNION ALL
        SELECT 'onboarding-failed:' || c.id, 'onboarding_failed', COALESCE(c.game_platform_last_attempt_at, c.updated_at), c.id, ${name}, NULL, NULL,
               jsonb_build_object('error', c.game_platform_sync_error)
        FROM competitors c WHERE ${scope} AND c.game_platform_id IS NULL AND c.game_platform_sync_error IS NOT NULL
          AND ${inRange(Prisma.sql`COALESCE(c.game_platform_last_attempt_at, c.updated_at)`)}
        UNION ALL
        SELECT 'team-edit:' || a.id, 'team_edited', a.at, NULL, NULL, t.id, COALESCE(t.name, a.payload->>'name'), jsonb_build_object('action', a.action)
        FROM ${teamEditsSql(filter)}
        UNION ALL
        SELECT 'score-sync-failed:' || c.id, 'score_sync_failed', s.last_attempt_at, c.id, ${name}, NULL, NULL, jsonb_build_object('error', s.error_message)
        FROM game_platform_sync_state s JOIN competitors c ON c.game_platform_id = s.syned_user_id
        WHERE ${scope} AND s.last_result = 'failure' AND ${inRange(Prisma.sql`s.last_attempt_at`)}
        UNION ALL
        SELECT 'sync-run:' || r.id, 'sync_run', COALESCE(r.finished_at, r.started_at), NULL, NULL, NULL, NULL,
               jsonb_build_object('kind', r.kind, 'status', r.status, 'processed', r.competitors_processed, 'withNewData', r.competitors_with_new_data, 'errors', r.error_count)
        FROM game_platform_sync_runs r WHERE NOT r.dry_run AND ${runs} AND ${inRange(Prisma.sql`COALESCE(r.finished_at, r.started_at)`)}
      ) e
      WHERE ${after ? Prisma.sql`(e.at, e.id COLLATE "C") < (${after.at}::timestamptz, ${after.id} COLLATE "C")` : Prisma.sql`true`}
      ORDER BY e.at DESC, e.id COLLATE "C" DESC
      LIMIT ${query.limit + 1}`;
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      ...(await dashboardAnswer(this.prisma, filter, rows.length > 0 || after !== null, 'ready')),
      items: page.map(toEvent),
      nextCursor: rows.length > query.limit && last ? encodeActivityCursor(last) : null,
    };
  }
}

function toEvent(row: EventRow): ActivityEventDto {
  return {
    id: row.id,
    kind: row.kind,
    at: row.at,
    message: messageOf(row),
    competitor: row.competitorId ? { id: row.competitorId, name: row.competitorName ?? '' } : null,
    team: row.teamId ? { id: row.teamId, name: row.teamName ?? '' } : null,
  };
}

function messageOf({ kind, competitorName, teamName, data }: EventRow): string {
  const text = (key: string) => (typeof data?.[key] === 'string' ? data[key] : '');
  switch (kind) {
    case 'competitor_registered':
      return `${competitorName} was registered`;
    case 'competitor_onboarded':
      return `${competitorName} got a Game Platform account`;
    case 'onboarding_failed':
      return text('error');
    case 'score_sync_failed':
      return scoreSyncAdvice(text('error'));
    case 'team_edited':
      return `${teamName ?? 'A team'}: ${TEAM_EDIT_ACTIONS[text('action')] ?? text('action')}`;
    case 'sync_run':
      return `${text('kind') === 'totals_sweep' ? 'Totals sweep' : 'Score sync'} ${text('status')}: ${String(data?.processed)} competitors, ${String(data?.withNewData)} with new data, ${String(data?.errors)} errors`;
  }
}
