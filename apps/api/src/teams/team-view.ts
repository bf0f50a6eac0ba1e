import { metadataDrift } from '@app/game-platform';
import { Prisma } from '@app/persistence';
import { TeamDetailDto, TeamGamePlatformDto, TeamSummaryDto, TeamSyncAvailabilityDto } from './dto/team-output.dto';

export const TEAM_DETAIL_INCLUDE = {
  memberships: {
    orderBy: { createdAt: 'asc' },
    include: { competitor: { select: { firstName: true, lastName: true, gamePlatformId: true } } },
  },
} satisfies Prisma.TeamInclude;

export const TEAM_SUMMARY_INCLUDE = { _count: { select: { memberships: true } } } satisfies Prisma.TeamInclude;

type TeamRow = Prisma.TeamGetPayload<object>;
export type TeamDetailRow = Prisma.TeamGetPayload<{ include: typeof TEAM_DETAIL_INCLUDE }>;
export type TeamSummaryRow = Prisma.TeamGetPayload<{ include: typeof TEAM_SUMMARY_INCLUDE }>;

function gamePlatformView(team: TeamRow): TeamGamePlatformDto {
  const fields = metadataDrift(team);
  const remote = { name: team.remoteName, division: team.remoteDivision, affiliation: team.remoteAffiliation };
  return {
    synedTeamId: team.gamePlatformId,
    metactfTeamId: team.metactfTeamId,
    metactfCoachId: team.metactfCoachId,
    syncedAt: team.gamePlatformSyncedAt,
    syncError: team.gamePlatformSyncError,
    metadataNotPropagated:
      fields.length === 0
        ? null
        : {
            fields,
            remote,
            message: `The Game Platform cannot update a team after creating it: ${fields
              .map((field) => `${field} changed here only (the platform keeps "${remote[field]}")`)
              .join('; ')}`,
          },
  };
}

function summaryFields(team: TeamRow, memberCount: number): TeamSummaryDto {
  return {
    id: team.id,
    name: team.name,
    division: team.division,
    affiliation: team.affiliation,
    coachId: team.coachId,
    memberCount,
    gamePlatform: gamePlatformView(team),
    createdAt: team.createdAt,
    updatedAt: team.updatedAt,
  };
}

export function teamSummaryView(team: TeamSummaryRow): TeamSummaryDto {
  return summaryFields(team, team._count.memberships);
}

export function teamDetailView(team: TeamDetailRow, sync: TeamSyncAvailabilityDto): TeamDetailDto {
  return {
    ...summaryFields(team, team.memberships.length),
    members: team.memberships.map((membership) => ({
      competitorId: membership.competitorId,
      firstName: membership.competitor.firstName,
      lastName: membership.competitor.lastName,
      onGamePlatform: membership.competitor.gamePlatformId !== null,
      remote: {
        state: membership.remoteState,
        message: membership.gamePlatformSyncError,
        syncedAt: membership.gamePlatformSyncedAt,
      },
      addedAt: membership.createdAt,
    })),
    sync,
  };
}
