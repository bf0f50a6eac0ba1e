import type { Competitor, GamePlatformSyncState } from '@app/persistence';
import { CompetitorView, PlatformAccountState } from './competitor.dto';

type SyncStateFields = Pick<GamePlatformSyncState, 'missingSince' | 'lastAttemptAt' | 'lastResult' | 'errorMessage'>;
export type CompetitorWithRelations = Competitor & { membership: { teamId: string } | null; syncState: SyncStateFields | null };

/** What the view needs besides the row: the team, whether the platform account is gone, the last score sync. */
export const VIEW_RELATIONS = {
  membership: { select: { teamId: true } },
  syncState: { select: { missingSince: true, lastAttemptAt: true, lastResult: true, errorMessage: true } },
} as const;

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
      lastSync: competitor.syncState?.lastAttemptAt
        ? { at: competitor.syncState.lastAttemptAt.toISOString(), result: competitor.syncState.lastResult ?? 'failure', error: competitor.syncState.errorMessage }
        : null,
    },
    createdAt: competitor.createdAt.toISOString(),
    updatedAt: competitor.updatedAt.toISOString(),
  };
}
