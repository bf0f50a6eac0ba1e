import { Prisma } from '@app/persistence';
import { DashboardFilter } from '../dashboard-filter.query';

/** Team changes in the audit log (a sync request changes nothing, so it is not an edit). */
export const TEAM_EDIT_ACTIONS: Record<string, string> = {
  'team.created': 'team created',
  'team.updated': 'name, division or affiliation changed',
  'team.member_added': 'member added',
  'team.member_removed': 'member removed',
  'team.member_moved': 'member moved in from another team',
  'team.deleted': 'team deleted',
};

/**
 * audit_log rows `a` of team edits in the filter, with `t` the team (absent once deleted: the delete
 * row's payload keeps its coach). The division filter needs the team, so deleted teams drop out of it.
 */
export function teamEditsSql(filter: DashboardFilter): Prisma.Sql {
  const coach = filter.coachId ? Prisma.sql`COALESCE(t.coach_id::text, a.payload->>'coachId') = ${filter.coachId}` : Prisma.sql`true`;
  const division = filter.division ? Prisma.sql`t.division = ${filter.division}::division` : Prisma.sql`true`;
  return Prisma.sql`
    audit_log a LEFT JOIN teams t ON t.id::text = a.target_id
    WHERE a.target_type = 'team' AND a.action IN (${Prisma.join(Object.keys(TEAM_EDIT_ACTIONS))})
      AND ${coach} AND ${division} AND a.at >= ${filter.from} AND a.at < ${filter.toExclusive}`;
}
