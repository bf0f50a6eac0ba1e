import { ConflictException, ForbiddenException, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { FieldInputError } from '../http/field-input.error';
import { metadataDrift } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, isAdmin, visibleTo } from '../auth';
import { nextCursor } from '../http/page.query';
import { duplicateIsConflict } from '../http/prisma-errors';
import { CreateTeamDto, UpdateTeamDto } from './dto/team-input.dto';
import { TeamSyncAcceptedDto, TeamDeletedDto, TeamDetailDto, TeamPageDto } from './dto/team-output.dto';
import { TeamListQuery } from './dto/team-list.query';
import { lockVisibleTeam, teamNotFound } from './team-access';
import { TeamListRepository } from './team-list.repository';
import { TeamSyncScheduler } from './team-sync.scheduler';
import { TEAM_DETAIL_INCLUDE, teamDetailView, teamSummaryView } from './team-view';

const AUDIT_TARGET = 'team';

/** Team CRUD: local state and its audit row in one transaction, then the platform follows through jobs. */
@Injectable()
export class TeamsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly sync: TeamSyncScheduler,
    private readonly reads: TeamListRepository,
  ) {}

  async list(user: AuthenticatedUser, query: TeamListQuery): Promise<TeamPageDto> {
    const { rows, total } = await this.reads.page(user, query);
    return { items: rows.map(teamSummaryView), total, page: query.page, pageSize: query.pageSize, nextCursor: nextCursor(rows, query) };
  }

  async get(user: AuthenticatedUser, teamId: string): Promise<TeamDetailDto> {
    const team = await this.prisma.team.findFirst({ where: { id: teamId, ...visibleTo(user) }, include: TEAM_DETAIL_INCLUDE });
    if (!team) throw teamNotFound(teamId);
    return teamDetailView(team, await this.sync.availabilityFor(team.coachId));
  }

  async create(user: AuthenticatedUser, dto: CreateTeamDto): Promise<TeamDetailDto> {
    const coachId = await this.ownerOfNewTeam(user, dto.coachId);
    const availability = await this.sync.availabilityFor(coachId);
    const team = await duplicateIsConflict(
      () =>
        this.prisma.$transaction(async (tx) => {
          const created = await tx.team.create({ data: { coachId, name: dto.name, division: dto.division, affiliation: dto.affiliation } });
          await this.audit.record(
            user,
            {
              action: 'team.created',
              targetType: AUDIT_TARGET,
              targetId: created.id,
              payload: { coachId, name: dto.name, division: dto.division, affiliation: dto.affiliation },
            },
            tx,
          );
          // Enqueued inside the transaction: if it fails nothing is written; if the commit fails the run finds nothing to do.
          if (availability.enabled) await this.sync.afterEdit(created.id, user);
          return created;
        }),
      nameTaken(dto.name),
    );
    return this.get(user, team.id);
  }

  async update(user: AuthenticatedUser, teamId: string, dto: UpdateTeamDto): Promise<TeamDetailDto> {
    await duplicateIsConflict(
      () =>
        this.prisma.$transaction(async (tx) => {
          const before = await lockVisibleTeam(tx, user, teamId);
          const changes = Object.fromEntries(
            (['name', 'division', 'affiliation'] as const)
              .filter((field) => dto[field] !== undefined && dto[field] !== before[field])
              .map((field) => [field, dto[field]]),
          ) as Pick<UpdateTeamDto, 'name' | 'division' | 'affiliation'>;
          if (Object.keys(changes).length === 0) return;
          const after = { ...before, ...changes };
          // The platform has no team-update endpoint: once the team exists there, a change stays local and says so.
          await tx.team.update({ where: { id: teamId }, data: { ...changes, metadataNotPropagated: metadataDrift(after).length > 0 } });
          const previous = Object.fromEntries(Object.keys(changes).map((field) => [field, before[field as keyof typeof changes]]));
          await this.audit.record(user, { action: 'team.updated', targetType: AUDIT_TARGET, targetId: teamId, payload: { changes, previous } }, tx);
          // Not on the platform yet: the pending creation should carry the new values.
          if (!before.gamePlatformId && (await this.sync.availabilityFor(before.coachId)).enabled) await this.sync.afterEdit(teamId, user);
        }),
      nameTaken(dto.name ?? ''),
    );
    return this.get(user, teamId);
  }

  /**
   * Local deletes never wait for the platform (seed 002 §7.3): the team goes now; its remote delete is
   * a job, which the worker parks while the integration is off for the coach and the rollout
   * catch-up runs once it is back.
   */
  async remove(user: AuthenticatedUser, teamId: string): Promise<TeamDeletedDto> {
    return this.prisma.$transaction(async (tx) => {
      const team = await lockVisibleTeam(tx, user, teamId);
      const members = await tx.teamMembership.count({ where: { teamId } });
      if (members > 0) {
        throw new ConflictException(`Team "${team.name}" still has ${members} member(s): remove them from the team before deleting it`);
      }
      const availability = await this.sync.availabilityFor(team.coachId);
      await tx.team.delete({ where: { id: teamId } });
      await this.audit.record(
        user,
        {
          action: 'team.deleted',
          targetType: AUDIT_TARGET,
          targetId: teamId,
          payload: { name: team.name, coachId: team.coachId, synedTeamId: team.gamePlatformId },
        },
        tx,
      );
      if (!team.gamePlatformId && !availability.enabled) {
        return {
          id: teamId,
          deleted: true as const,
          remoteDelete: { state: 'not_needed' as const, reason: 'The team was never created on the Game Platform' },
        };
      }
      // Also when the team looks unsynced: a sync may have created it remotely before crashing; 404 there is success.
      const jobId = await this.sync.deleteRemote({ teamId, coachId: team.coachId, teamName: team.name, synedTeamId: team.gamePlatformId ?? team.id }, user);
      if (availability.enabled) return { id: teamId, deleted: true as const, remoteDelete: { state: 'pending' as const, jobId } };
      return {
        id: teamId,
        deleted: true as const,
        remoteDelete: {
          state: 'waiting_for_integration' as const,
          jobId,
          reason: `Deleted here; the Game Platform copy is deleted once the integration is available again (${availability.reason})`,
        },
      };
    });
  }

  async requestSync(user: AuthenticatedUser, teamId: string): Promise<TeamSyncAcceptedDto> {
    const team = await this.prisma.team.findFirst({ where: { id: teamId, ...visibleTo(user) } });
    if (!team) throw teamNotFound(teamId);
    const availability = await this.sync.availabilityFor(team.coachId);
    if (!availability.enabled) throw new ServiceUnavailableException(availability.reason);
    const jobId = await this.sync.now(teamId, user);
    await this.audit.record(user, { action: 'team.sync_requested', targetType: AUDIT_TARGET, targetId: teamId, payload: { jobId } });
    return { jobId, state: 'pending' };
  }

  private async ownerOfNewTeam(user: AuthenticatedUser, requested: string | undefined): Promise<string> {
    if (isAdmin(user) && !requested) throw new FieldInputError('coachId', 'coachId is required when an administrator creates a team');
    if (!isAdmin(user) && requested && requested !== user.id) throw new ForbiddenException('A coach can only create teams of their own: omit coachId');
    const coachId = requested ?? user.id;
    const coach = await this.prisma.coach.findUnique({ where: { id: coachId }, select: { id: true } });
    if (!coach) {
      const message = isAdmin(user)
        ? `coachId: no coach with id ${coachId} exists`
        : 'Your account has no coach profile yet: ask an administrator to create it';
      throw new FieldInputError('coachId', message);
    }
    return coachId;
  }
}

/** A second team with the same name for the same coach is a 409 that says so. */
function nameTaken(name: string): string {
  return `This coach already has a team named "${name}": choose another name`;
}
