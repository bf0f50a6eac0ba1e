import { Injectable } from '@nestjs/common';
import { JobFailure, JobName, JobQueueService } from '@app/jobs';
import { Competitor, PrismaService } from '@app/persistence';
import { GamePlatformClient } from '../client';
import { IntegrationSwitch } from '../integration';
import { relinkedSql } from '../sync/platform-presence';
import { computeCompetitorStatus, onboardingBlocker } from './competitor-status';
import { AttemptInfo, describeFailure } from './onboarding-failure';

export interface CompetitorJobRun extends AttemptInfo {
  jobId: string;
}

export type OnboardOutcome = 'created' | 'linked_existing' | 'relinked' | 'already_on_platform' | 'competitor_deleted';

/**
 * Puts a competitor on the game platform and records the result locally. Idempotent: the remote
 * account is keyed by the competitor id, so a repeated or resumed run links the same account. A
 * competitor whose account went missing on the platform is re-onboarded under the platform id it
 * has, so its stored solves and Flash CTF results stay linked.
 */
@Injectable()
export class CompetitorOnboarding {
  constructor(
    private readonly prisma: PrismaService,
    private readonly client: GamePlatformClient,
    private readonly integration: IntegrationSwitch,
    private readonly jobs: JobQueueService,
  ) {}

  async onboard(competitorId: string, run: CompetitorJobRun): Promise<OnboardOutcome> {
    const found = await this.prisma.competitor.findUnique({ where: { id: competitorId }, include: { syncState: { select: { missingSince: true } } } });
    if (!found) return 'competitor_deleted';
    const { syncState, ...competitor } = found;
    const relinking = competitor.gamePlatformId !== null && syncState?.missingSince != null;
    if (competitor.gamePlatformId && !relinking) return 'already_on_platform';
    try {
      this.integration.assertWritesAllowed();
      const blocker = onboardingBlocker({ ...competitor, gamePlatformId: null });
      if (blocker) throw new JobFailure(blocker, false);
      const { user, alreadyExisted } = await this.client.withContext({ jobId: run.jobId, competitorId }).ensureUser({
        role: 'user',
        syned_user_id: competitor.gamePlatformId ?? competitor.id,
        first_name: competitor.firstName,
        last_name: competitor.lastName,
        email: competitor.email!,
        syned_school_id: competitor.schoolId,
        syned_region_id: competitor.regionId,
      });
      const { membership } = await this.prisma.$transaction(async (tx) => {
        if (relinking) await tx.$executeRaw(relinkedSql(user.syned_user_id));
        return tx.competitor.update({
          where: { id: competitorId },
          include: { membership: { select: { teamId: true } } },
          data: {
            gamePlatformId: user.syned_user_id,
            metactfUserId: user.metactf_user_id,
            metactfUsername: user.metactf_username,
            metactfUserStatus: user.metactf_user_status,
            status: computeCompetitorStatus({ ...competitor, gamePlatformId: user.syned_user_id }),
            gamePlatformSyncError: null,
            gamePlatformSyncedAt: new Date(),
            ...attemptStamp(run),
          },
        });
      });
      // The competitor's team membership waited as `pending` for this account: push it now.
      if (membership) await this.jobs.enqueue(JobName.SyncTeam, { teamId: membership.teamId, requestedBy: 'system' });
      if (relinking) return 'relinked';
      return alreadyExisted ? 'linked_existing' : 'created';
    } catch (error) {
      throw await this.recordFailure(competitor, relinking, error, run);
    }
  }

  async sendPasswordReset(competitorId: string, run: CompetitorJobRun): Promise<void> {
    const competitor = await this.prisma.competitor.findUnique({ where: { id: competitorId } });
    try {
      this.integration.assertWritesAllowed();
      if (!competitor?.gamePlatformId) {
        throw new JobFailure('The competitor is not on the Game Platform: add the competitor first, then send the password reset', false);
      }
      await this.client.withContext({ jobId: run.jobId, competitorId }).sendPasswordReset(competitor.gamePlatformId);
    } catch (error) {
      throw describeFailure(error, run);
    }
  }

  /** The message lands on the row only while the competitor is still off the platform (a concurrent success wins). */
  private async recordFailure(competitor: Competitor, relinking: boolean, error: unknown, run: CompetitorJobRun): Promise<JobFailure> {
    const failure = describeFailure(error, run);
    await this.prisma.competitor.updateMany({
      where: { id: competitor.id, ...(relinking ? {} : { gamePlatformId: null }) },
      data: { gamePlatformSyncError: failure.message, ...attemptStamp(run) },
    });
    return failure;
  }
}

function attemptStamp(run: CompetitorJobRun) {
  return { gamePlatformJobId: run.jobId, gamePlatformAttempts: run.attempt, gamePlatformLastAttemptAt: new Date() };
}
