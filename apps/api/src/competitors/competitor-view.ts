import type { Competitor } from '@app/persistence';
import { CompetitorView } from './competitor.dto';

export type CompetitorWithTeam = Competitor & { membership: { teamId: string } | null };

export const WITH_TEAM = { membership: { select: { teamId: true } } } as const;

export function toCompetitorView(competitor: CompetitorWithTeam): CompetitorView {
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
    },
    createdAt: competitor.createdAt.toISOString(),
    updatedAt: competitor.updatedAt.toISOString(),
  };
}
