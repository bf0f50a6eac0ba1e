import { Injectable } from '@nestjs/common';
import { scoreSyncAdvice } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { dashboardAnswer } from '../dashboard-answer';
import { competitorScopeSql, DashboardFilter } from '../dashboard-filter.query';
import { AccessAlertsDto, AccessAlertsQuery, CompetitorProblemDto, InactiveLoginDto, PendingMembershipDto } from './access-alerts.dto';

type Counted<T> = T & { total: number };

/**
 * Access & Alerts: what a coach has to act on now (the date range does not apply). Each list is the
 * first `limit` items plus its total; messages say what to do, never the raw vendor answer.
 */
@Injectable()
export class AccessAlertsService {
  constructor(private readonly prisma: PrismaService) {}

  async alerts(filter: DashboardFilter, query: AccessAlertsQuery): Promise<AccessAlertsDto> {
    const [onboarding, scoreSync, inactive, memberships] = await Promise.all([
      this.onboardingProblems(filter, query.limit),
      this.scoreSyncProblems(filter, query.limit),
      this.inactiveLogins(filter, query),
      this.pendingMemberships(filter, query.limit),
    ]);
    const lists = {
      onboardingProblems: list(onboarding),
      scoreSyncProblems: list(scoreSync.map((row) => ({ ...row, message: scoreSyncAdvice(row.message) }))),
      inactiveLogins: list(inactive.map((row) => ({ ...row, message: inactiveMessage(row) }))),
      pendingMemberships: list(memberships.map((row) => ({ ...row, message: membershipMessage(row) }))),
    };
    const anyAlert = Object.values(lists).some((alerts) => alerts.total > 0);
    return { ...(await dashboardAnswer(this.prisma, filter, anyAlert, 'ready')), ...lists, inactiveDays: query.inactiveDays };
  }

  /** The stored onboarding error is already the coach-facing sentence of describeFailure (onboarding-failure.ts). */
  private onboardingProblems(filter: DashboardFilter, limit: number) {
    return this.prisma.$queryRaw<Counted<CompetitorProblemDto>[]>`
      SELECT c.id AS "competitorId", c.first_name AS "firstName", c.last_name AS "lastName", c.coach_id AS "coachId",
             c.game_platform_sync_error AS message, COALESCE(c.game_platform_last_attempt_at, c.updated_at) AS since,
             (count(*) OVER ())::int AS total
      FROM competitors c
      WHERE ${competitorScopeSql(filter)} AND c.game_platform_id IS NULL AND c.game_platform_sync_error IS NOT NULL
      ORDER BY since DESC, c.id LIMIT ${limit}`;
  }

  private scoreSyncProblems(filter: DashboardFilter, limit: number) {
    return this.prisma.$queryRaw<Counted<CompetitorProblemDto>[]>`
      SELECT c.id AS "competitorId", c.first_name AS "firstName", c.last_name AS "lastName", c.coach_id AS "coachId",
             s.error_message AS message, s.last_attempt_at AS since, (count(*) OVER ())::int AS total
      FROM game_platform_sync_state s JOIN competitors c ON c.game_platform_id = s.syned_user_id
      WHERE ${competitorScopeSql(filter)} AND s.last_result = 'failure'
      ORDER BY s.last_attempt_at DESC, c.id LIMIT ${limit}`;
  }

  /** Latest access the platform reported, by the totals sweep or the score sync, whichever is newer. */
  private inactiveLogins(filter: DashboardFilter, query: AccessAlertsQuery) {
    return this.prisma.$queryRaw<Counted<Omit<InactiveLoginDto, 'message'>>[]>`
      WITH seen AS (
        SELECT c.id, c.first_name, c.last_name, c.coach_id, GREATEST(st.last_accessed_at, s.last_remote_accessed_at) AS at
        FROM competitors c
        LEFT JOIN game_platform_stats st ON st.competitor_id = c.id
        LEFT JOIN game_platform_sync_state s ON s.syned_user_id = c.game_platform_id
        WHERE ${competitorScopeSql(filter)} AND c.game_platform_id IS NOT NULL
      )
      SELECT id AS "competitorId", first_name AS "firstName", last_name AS "lastName", coach_id AS "coachId", at AS "lastAccessAt",
             floor(extract(epoch FROM now() - at) / 86400)::int AS "daysInactive", (count(*) OVER ())::int AS total
      FROM seen
      WHERE at IS NULL OR at < now() - ${query.inactiveDays}::int * interval '1 day'
      ORDER BY at ASC NULLS FIRST, id LIMIT ${query.limit}`;
  }

  private pendingMemberships(filter: DashboardFilter, limit: number) {
    return this.prisma.$queryRaw<Counted<Omit<PendingMembershipDto, 'message'> & { error: string | null; onPlatform: boolean }>[]>`
      SELECT c.id AS "competitorId", c.first_name AS "firstName", c.last_name AS "lastName", c.coach_id AS "coachId",
             t.id AS "teamId", t.name AS "teamName", m.remote_state AS state, m.updated_at AS since,
             m.game_platform_sync_error AS error, c.game_platform_id IS NOT NULL AS "onPlatform", (count(*) OVER ())::int AS total
      FROM team_memberships m JOIN competitors c ON c.id = m.competitor_id JOIN teams t ON t.id = m.team_id
      WHERE ${competitorScopeSql(filter)} AND m.remote_state IN ('pending', 'error')
      ORDER BY m.updated_at ASC, m.id LIMIT ${limit}`;
  }
}

function list<T extends { total: number }>(rows: T[]): { total: number; items: Omit<T, 'total'>[] } {
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...item }) => item) };
}

function inactiveMessage(row: { firstName: string; daysInactive: number | null }): string {
  return row.daysInactive === null
    ? `${row.firstName} has never signed in to the Game Platform: check that the invitation arrived, or send a password reset`
    : `${row.firstName} has not signed in to the Game Platform for ${row.daysInactive} days: check in with them, or send a password reset if they are locked out`;
}

function membershipMessage(row: { firstName: string; teamName: string; state: string; error: string | null; onPlatform: boolean }): string {
  if (!row.onPlatform) return `${row.firstName} has no Game Platform account yet, so cannot join ${row.teamName} there: add them to the Game Platform first`;
  if (row.state === 'error')
    return row.error ?? `The team sync could not put ${row.firstName} on ${row.teamName} on the Game Platform: use "Sync team" to retry`;
  return `Waiting for the team sync to put ${row.firstName} on ${row.teamName} on the Game Platform: nothing to do unless it stays pending; "Sync team" pushes it now`;
}
