import type { Competitor } from '@app/persistence';
import { CompetitorView, PlatformAccountState } from './competitor.dto';

export type CompetitorWithRelations = Competitor & { membership: { teamId: string } | null; syncState: { missingSince: Date | null } | null };

/** What the view needs besides the row: the team, and whether the platform account is gone. */
export const VIEW_RELATIONS = { membership: { select: { teamId: true } }, syncState: { select: { missingSince: true } } } as const;

function accountState(competitor: CompetitorWithRelations): PlatformAccountState {
  if (!competitor.gamePlatformId) return 'not_linked';
  return competitor.syncState?.missingSince ? 'missing_on_platform' : 'linked';
}

export function toCompetitorView(competitor: CompetitorWithRelations): CompetitorView {
  return {
    id: competitor.id,
    coachId: competitor.coachId,
    firstName: competitor.firstName,
    lastName: competitor.lastName,
    email: competitor.email,
    schoolId: competitor.schoolId,
    regionId: competitor.regionId,
    division: competitor.division,
    grade: competitor.grade,
    status: competitor.status,
    complianceConfirmedAt: competitor.complianceConfirmedAt?.toISOString() ?? null,
    teamId: competitor.membership?.teamId ?? null,
    gamePlatform: {
      id: competitor.gamePlatformId,
      metactfUserId: competitor.metactfUserId,
      username: competitor.metactfUsername,
      userStatus: competitor.metactfUserStatus,
      syncError: competitor.gamePlatformSyncError,
      syncedAt: competitor.gamePlatformSyncedAt?.toISOString() ?? null,
      accountState: accountState(competitor),
      missingSince: competitor.syncState?.missingSince?.toISOString() ?? null,
    },
    createdAt: competitor.createdAt.toISOString(),
    updatedAt: competitor.updatedAt.toISOString(),
  };
}
