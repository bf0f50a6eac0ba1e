import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { MEMBER_MESSAGES } from '@app/game-platform';
import { MembershipRemoteState, PrismaService } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, visibleTo } from '../auth';
import { duplicateIsConflict } from '../http/prisma-errors';
import { TeamDetailDto } from './dto/team-output.dto';
import { lockVisibleTeam } from './team-access';
import { TeamSyncScheduler } from './team-sync.scheduler';
import { TeamsService } from './teams.service';

const AUDIT_TARGET = 'team';

/**
 * Roster changes. A competitor is on at most one team (unique competitor_id): adding one who is on
 * another team moves them. Each change resets the membership's badge to pending and enqueues the
 * coalesced sync of every team it touched.
 */
@Injectable()
export class TeamMembersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly sync: TeamSyncScheduler,
    private readonly teams: TeamsService,
  ) {}

  async add(user: AuthenticatedUser, teamId: string, competitorId: string): Promise<TeamDetailDto> {
    await duplicateIsConflict(
      () =>
        this.prisma.$transaction(async (tx) => {
          const team = await lockVisibleTeam(tx, user, teamId);
          const competitor = await tx.competitor.findFirst({ where: { id: competitorId, ...visibleTo(user) } });
          if (!competitor) throw new NotFoundException(`Competitor ${competitorId} was not found`);
          if (competitor.coachId !== team.coachId) {
            throw new ConflictException("The competitor belongs to another coach than the team's: a team only holds its own coach's competitors");
          }
          const current = await tx.teamMembership.findUnique({ where: { competitorId } });
          if (current?.teamId === teamId) return;

          const availability = await this.sync.availabilityFor(team.coachId);
          const badge = {
            remoteState: MembershipRemoteState.pending,
            gamePlatformSyncError: !competitor.gamePlatformId
              ? MEMBER_MESSAGES.notOnPlatform
              : availability.enabled
                ? MEMBER_MESSAGES.waitingForSync
                : `Not pushed to the Game Platform: ${availability.reason}`,
            gamePlatformSyncedAt: null,
          };
          if (current) {
            await tx.teamMembership.update({ where: { competitorId }, data: { teamId, ...badge } });
            await this.audit.record(
              user,
              { action: 'team.member_moved', targetType: AUDIT_TARGET, targetId: teamId, payload: { competitorId, fromTeamId: current.teamId } },
              tx,
            );
          } else {
            await tx.teamMembership.create({ data: { teamId, competitorId, ...badge } });
            await this.audit.record(user, { action: 'team.member_added', targetType: AUDIT_TARGET, targetId: teamId, payload: { competitorId } }, tx);
          }
          if (!availability.enabled) return;
          await this.sync.afterEdit(teamId, user);
          // The old team's run takes them off there unless this team's run has already moved them.
          if (current) await this.sync.afterEdit(current.teamId, user);
        }),
      // Two requests putting the same competitor on teams at once: the loser is told, nothing is half-done.
      'The competitor was put on a team by another request at the same time: reload the team and try again',
    );
    return this.teams.get(user, teamId);
  }

  async remove(user: AuthenticatedUser, teamId: string, competitorId: string): Promise<TeamDetailDto> {
    await this.prisma.$transaction(async (tx) => {
      const team = await lockVisibleTeam(tx, user, teamId);
      const { count } = await tx.teamMembership.deleteMany({ where: { teamId, competitorId } });
      if (count === 0) throw new NotFoundException(`Competitor ${competitorId} is not a member of team "${team.name}"`);
      await this.audit.record(user, { action: 'team.member_removed', targetType: AUDIT_TARGET, targetId: teamId, payload: { competitorId } }, tx);
      if ((await this.sync.availabilityFor(team.coachId)).enabled) await this.sync.afterEdit(teamId, user);
    });
    return this.teams.get(user, teamId);
  }
}
