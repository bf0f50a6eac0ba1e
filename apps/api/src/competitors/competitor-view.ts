import type { Prisma } from '@app/persistence';
import { CompetitorScoreSyncFields, CompetitorView } from './competitor.dto';

/** What a competitor view needs besides the row: the team, and the last score sync of the platform account. */
export const VIEW_INCLUDE = {
  membership: { select: { teamId: true } },
  syncState: { select: { lastAttemptAt: true, lastResult: true, errorMessage: true } },
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
      scoreSync: scoreSyncView(competitor),
    },
    createdAt: competitor.createdAt.toISOString(),
    updatedAt: competitor.updatedAt.toISOString(),
  };
}

function scoreSyncView({ gamePlatformId, syncState }: CompetitorViewRow): CompetitorScoreSyncFields {
  const state = !gamePlatformId ? 'not_on_platform' : (syncState?.lastResult ?? 'never');
  return { state, lastAttemptAt: syncState?.lastAttemptAt?.toISOString() ?? null, message: syncState?.errorMessage ?? null };
}
