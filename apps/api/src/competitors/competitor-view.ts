import type { Prisma } from '@app/persistence';
import { CompetitorScoreSyncFields, CompetitorView, PlatformAccountState } from './competitor.dto';

/** What a competitor view needs besides the row: the team, and the platform account's last score sync and whether it is gone. */
export const VIEW_INCLUDE = {
  membership: { select: { teamId: true } },
  syncState: { select: { lastAttemptAt: true, lastResult: true, errorMessage: true, missingSince: true } },
} satisfies Prisma.CompetitorInclude;

export type CompetitorViewRow = Prisma.CompetitorGetPayload<{ include: typeof VIEW_INCLUDE }>;

export function toCompetitorView(competitor: CompetitorViewRow): CompetitorView {
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
      scoreSync: scoreSyncView(competitor),
    },
    createdAt: competitor.createdAt.toISOString(),
    updatedAt: competitor.updatedAt.toISOString(),
  };
}

function accountState(competitor: CompetitorViewRow): PlatformAccountState {
  if (!competitor.gamePlatformId) return 'not_linked';
  return competitor.syncState?.missingSince ? 'missing_on_platform' : 'linked';
}

function scoreSyncView({ gamePlatformId, syncState }: CompetitorViewRow): CompetitorScoreSyncFields {
  const state = !gamePlatformId ? 'not_on_platform' : (syncState?.lastResult ?? 'never');
  return { state, lastAttemptAt: syncState?.lastAttemptAt?.toISOString() ?? null, message: syncState?.errorMessage ?? null };
}
