import { Injectable, Logger } from '@nestjs/common';
import { JobName, JobQueueService } from '@app/jobs';
import { MembershipRemoteState, PrismaService } from '@app/persistence';
import { IntegrationSwitch } from '../integration';

/**
 * The safety net of roster convergence: a membership still `pending` while its competitor is on the
 * platform lost the team sync that should have pushed it (failed for good, or cut short by a crash).
 * Each sweep enqueues those teams' syncs; de-duplication keeps it to one run per team.
 */
@Injectable()
export class PendingRosterSweeper {
  private readonly logger = new Logger(PendingRosterSweeper.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueueService,
    private readonly integration: IntegrationSwitch,
  ) {}

  /** Returns the ids of the teams whose sync it enqueued. */
  async sweep(): Promise<string[]> {
    if (!this.integration.enabled) return [];
    const rows = await this.prisma.teamMembership.findMany({
      where: { remoteState: MembershipRemoteState.pending, competitor: { gamePlatformId: { not: null } } },
      select: { teamId: true },
      distinct: ['teamId'],
    });
    const teamIds = rows.map((row) => row.teamId);
    for (const teamId of teamIds) await this.jobs.enqueue(JobName.SyncTeam, { teamId, requestedBy: 'system' });
    if (teamIds.length > 0) this.logger.warn({ msg: 'pending memberships of onboarded competitors: team syncs enqueued', teams: teamIds.length });
    return teamIds;
  }
}
