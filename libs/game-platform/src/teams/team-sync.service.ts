import { Injectable, Logger } from '@nestjs/common';
import { JobFailure, JobName, JobQueueService } from '@app/jobs';
import { MembershipRemoteState, Prisma, PrismaService } from '@app/persistence';
import { GamePlatformClient, isGamePlatformError } from '../client';
import { INTEGRATION_DISABLED_MESSAGE, IntegrationSwitch } from '../integration';
import { LocalMember, planRoster } from './roster-plan';
import { StrayMemberReleaser } from './stray-member.releaser';
import { metadataDrift } from './team-metadata';
import { describeTeamSyncFailure, isRetryable, MEMBER_MESSAGES } from './team-sync.messages';

const TEAM_FOR_SYNC = {
  coach: true,
  memberships: { select: { id: true, competitorId: true, updatedAt: true, competitor: { select: { gamePlatformId: true } } } },
} satisfies Prisma.TeamInclude;

type TeamForSync = Prisma.TeamGetPayload<{ include: typeof TEAM_FOR_SYNC }>;

interface MemberOutcome {
  member: LocalMember;
  state: MembershipRemoteState;
  message: string | null;
  retryable: boolean;
}

export type TeamSyncReport =
  | { outcome: 'team_gone' }
  | { outcome: 'integration_off' }
  | {
      outcome: 'synced' | 'partial';
      synedTeamId: string;
      createdTeam: boolean;
      assigned: number;
      released: number;
      pending: number;
      failed: number;
      vendorCalls: number;
    };

/** Raised inside a run when the local team row disappeared (deleted while the run was under way). */
class TeamGone extends Error {}

/**
 * The team_sync use case: makes the platform's team and roster equal the local ones. Every run
 * starts from the local state and the platform's current roster, so re-running after a crash at any
 * point converges, and a run that overlaps a local edit leaves that membership to the next run.
 */
@Injectable()
export class TeamSyncService {
  private readonly logger = new Logger(TeamSyncService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly client: GamePlatformClient,
    private readonly integration: IntegrationSwitch,
    private readonly strays: StrayMemberReleaser,
    private readonly jobs: JobQueueService,
  ) {}

  async sync(teamId: string): Promise<TeamSyncReport> {
    const team = await this.prisma.team.findUnique({ where: { id: teamId }, include: TEAM_FOR_SYNC });
    if (!team) return { outcome: 'team_gone' };
    if (!this.integration.enabled) {
      await this.prisma.team.updateMany({ where: { id: teamId }, data: { gamePlatformSyncError: INTEGRATION_DISABLED_MESSAGE } });
      return { outcome: 'integration_off' };
    }
    const client = this.client.withContext({ teamId });
    try {
      return await this.run(team, client);
    } catch (error) {
      if (!(error instanceof TeamGone)) throw error;
      await this.deleteOrphan(team);
      return { outcome: 'team_gone' };
    }
  }

  private async run(team: TeamForSync, client: GamePlatformClient): Promise<TeamSyncReport> {
    const createdTeam = !team.gamePlatformId;
    let synedTeamId = await this.step(team, 'creating the team on the Game Platform', () => this.ensureRemoteTeam(team, client));
    const remoteIds = await this.step(team, 'reading the team roster from the Game Platform', async () => {
      const roster = await this.remoteRoster(synedTeamId, client);
      if (roster) return roster;
      // Deleted on the platform behind our back: create it again, it has no members there.
      synedTeamId = await this.ensureRemoteTeam({ ...team, gamePlatformId: null }, client);
      return [];
    });

    const members: LocalMember[] = team.memberships.map((m) => ({
      membershipId: m.id,
      competitorId: m.competitorId,
      synedUserId: m.competitor.gamePlatformId,
      updatedAt: m.updatedAt,
    }));
    const plan = planRoster(members, remoteIds);
    const outcomes: MemberOutcome[] = [
      ...plan.inPlace.map((member) => synced(member)),
      ...plan.notOnPlatform.map((member) => ({ member, state: MembershipRemoteState.pending, message: MEMBER_MESSAGES.notOnPlatform, retryable: false })),
    ];
    for (const member of plan.assign) outcomes.push(await this.assign(member, synedTeamId, client));

    const strayFailures: { message: string; retryable: boolean }[] = [];
    let released = 0;
    for (const synedUserId of plan.strays) {
      try {
        if ((await this.strays.release(synedUserId, team.id, client)) !== 'now_local_member') released += 1;
      } catch (error) {
        strayFailures.push({ message: describeTeamSyncFailure(error, `taking user ${synedUserId} off the team`), retryable: isRetryable(error) });
      }
    }

    const failures = [
      ...outcomes.filter((o) => o.state === MembershipRemoteState.error).map((o) => ({ message: o.message ?? '', retryable: o.retryable })),
      ...strayFailures,
    ];
    const summary = failures.length === 0 ? null : `${failures.length} roster change(s) could not be made on the Game Platform: ${failures[0].message}`;
    await this.record(team.id, outcomes, summary);

    const report: TeamSyncReport = {
      outcome: failures.length === 0 ? 'synced' : 'partial',
      synedTeamId,
      createdTeam,
      assigned: plan.assign.length - outcomes.filter((o) => o.state === MembershipRemoteState.error).length,
      released,
      pending: plan.notOnPlatform.length,
      failed: failures.length,
      vendorCalls: client.callCount,
    };
    this.logger.log({ msg: 'team synced', ...report });
    if (summary && failures.some((failure) => failure.retryable)) throw new JobFailure(summary, true);
    return report;
  }

  /** The team's syned_team_id on the platform, creating the team (and its coach's account) when needed. */
  private async ensureRemoteTeam(team: TeamForSync, client: GamePlatformClient): Promise<string> {
    if (team.gamePlatformId) return team.gamePlatformId;
    const coachSynedId = await this.ensureCoach(team.coach, client);
    // The local id is the remote id: a run that crashed after creating the team finds it again.
    const synedTeamId = team.id;
    const result = await client.ensureTeam({
      syned_team_id: synedTeamId,
      syned_coach_user_id: coachSynedId,
      name: team.name,
      division: team.division,
      affiliation: team.affiliation,
    });
    // When the team already existed (an earlier run crashed before this write) the contract gives no
    // way to read it back: its vendor ids stay unknown and its metadata is taken to be what we sent.
    const created = {
      remoteName: team.name,
      remoteDivision: team.division,
      remoteAffiliation: team.affiliation,
      ...(result.team ? { metactfTeamId: result.team.metactf_team_id, metactfCoachId: result.team.metactf_coach_id } : {}),
    };
    await this.updateTeam(team.id, { gamePlatformId: synedTeamId, ...created });
    return synedTeamId;
  }

  private async ensureCoach(coach: TeamForSync['coach'], client: GamePlatformClient): Promise<string> {
    try {
      const { user } = await client.ensureUser({
        first_name: coach.firstName,
        last_name: coach.lastName,
        email: coach.email,
        role: 'coach',
        syned_user_id: coach.gamePlatformId ?? coach.id,
        syned_school_id: coach.schoolId,
        syned_region_id: coach.regionId,
      });
      if (user.role !== undefined && user.role !== 'coach') {
        throw new JobFailure(
          `The coach's Game Platform account (${user.syned_user_id}) is not a coach account, so it cannot own a team: contact Game Platform support`,
          false,
        );
      }
      await this.prisma.coach.update({
        where: { id: coach.id },
        data: {
          gamePlatformId: user.syned_user_id,
          metactfUserId: user.metactf_user_id,
          metactfUsername: user.metactf_username,
          gamePlatformSyncedAt: new Date(),
          gamePlatformSyncError: null,
        },
      });
      return user.syned_user_id;
    } catch (error) {
      const message = error instanceof JobFailure ? error.message : describeTeamSyncFailure(error, "creating the coach's Game Platform account");
      await this.prisma.coach.update({ where: { id: coach.id }, data: { gamePlatformSyncError: message } });
      throw error;
    }
  }

  /** syned_user_ids the platform has on the team, or null when the platform does not know the team. */
  private async remoteRoster(synedTeamId: string, client: GamePlatformClient): Promise<string[] | null> {
    try {
      const { assignments } = await client.getTeamAssignments({ synedTeamId });
      return assignments.filter((a) => a.syned_team_id === synedTeamId).map((a) => a.syned_user_id);
    } catch (error) {
      if (isGamePlatformError(error, 'not_found')) return null;
      throw error;
    }
  }

  private async assign(member: LocalMember, synedTeamId: string, client: GamePlatformClient): Promise<MemberOutcome> {
    try {
      await client.assignMember({ synedUserId: member.synedUserId!, synedTeamId });
      return synced(member);
    } catch (error) {
      const message = isGamePlatformError(error, 'not_found')
        ? MEMBER_MESSAGES.accountMissing
        : describeTeamSyncFailure(error, 'adding the competitor to the team');
      return { member, state: MembershipRemoteState.error, message, retryable: isRetryable(error) };
    }
  }

  /** Membership badges and the team's sync stamp, in one transaction. */
  private async record(teamId: string, outcomes: MemberOutcome[], failureSummary: string | null): Promise<void> {
    const now = new Date();
    await this.prisma.$transaction(async (tx) => {
      for (const { member, state, message } of outcomes) {
        // A membership edited while this run was under way keeps its fresh `pending`: the run that edit enqueued decides.
        await tx.teamMembership.updateMany({
          where: { id: member.membershipId, teamId, updatedAt: member.updatedAt },
          data: { remoteState: state, gamePlatformSyncError: message, ...(state === MembershipRemoteState.synced ? { gamePlatformSyncedAt: now } : {}) },
        });
      }
      const team = await tx.team.findUnique({ where: { id: teamId } });
      if (!team) throw new TeamGone();
      await tx.team.update({
        where: { id: teamId },
        data: {
          gamePlatformSyncError: failureSummary,
          metadataNotPropagated: metadataDrift(team).length > 0,
          ...(failureSummary ? {} : { gamePlatformSyncedAt: now }),
        },
      });
    });
  }

  /** Runs one team-level step; on failure the team shows an actionable error and the job fails (retried when that may help). */
  private async step<T>(team: TeamForSync, what: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof TeamGone) throw error;
      const message = error instanceof JobFailure ? error.message : describeTeamSyncFailure(error, what);
      await this.prisma.team.updateMany({ where: { id: team.id }, data: { gamePlatformSyncError: message } });
      throw new JobFailure(message, error instanceof JobFailure ? error.retryable : isRetryable(error));
    }
  }

  private async updateTeam(teamId: string, data: Prisma.TeamUpdateManyMutationInput): Promise<void> {
    const { count } = await this.prisma.team.updateMany({ where: { id: teamId }, data });
    if (count === 0) throw new TeamGone();
  }

  /** The team was deleted locally while this run created it remotely: the remote copy must go too. */
  private async deleteOrphan(team: TeamForSync): Promise<void> {
    this.logger.warn({ msg: 'team deleted during its sync: enqueueing the remote delete', teamId: team.id });
    await this.jobs.enqueue(JobName.DeleteRemoteTeam, {
      teamId: team.id,
      coachId: team.coachId,
      teamName: team.name,
      synedTeamId: team.gamePlatformId ?? team.id,
      requestedBy: 'system',
    });
  }
}

function synced(member: LocalMember): MemberOutcome {
  return { member, state: MembershipRemoteState.synced, message: null, retryable: false };
}
