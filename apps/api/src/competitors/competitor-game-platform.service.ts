import { ConflictException, Injectable, ServiceUnavailableException } from '@nestjs/common';
import { FieldInputError } from '../http/field-input.error';
import { IntegrationSwitch, INTEGRATION_DISABLED_MESSAGE, onboardingBlocker, parkedJobKey } from '@app/game-platform';
import { JobName, JobQueueService, QueueName } from '@app/jobs';
import { Competitor, PrismaService } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, isAdmin, visibleTo } from '../auth';
import { GamePlatformRollout } from '../feature-flags/game-platform-rollout.service';
import { GamePlatformJobAccepted, OnboardingState, OnboardingStateView, RetryFailedDto, RetryFailedResult } from './competitor-game-platform.dto';
import { CompetitorsService } from './competitors.service';

const IN_FLIGHT = new Set(['waiting', 'delayed', 'active', 'prioritized', 'waiting-children']);

/**
 * The coach's game platform actions on a competitor. Each validates, authorises, writes local state
 * with its audit row in one transaction and enqueues a job; the worker makes the vendor call.
 */
@Injectable()
export class CompetitorGamePlatformService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly competitors: CompetitorsService,
    private readonly jobs: JobQueueService,
    private readonly rollout: GamePlatformRollout,
    private readonly integration: IntegrationSwitch,
    private readonly audit: AuditService,
  ) {}

  async state(user: AuthenticatedUser, id: string): Promise<OnboardingStateView> {
    return this.describe(await this.competitors.findVisible(user, id));
  }

  async onboard(user: AuthenticatedUser, id: string): Promise<GamePlatformJobAccepted> {
    const competitor = await this.competitors.findVisible(user, id);
    const blocker = onboardingBlocker(competitor);
    if (blocker) throw new ConflictException(blocker);
    await this.rollout.assertEnabledFor(competitor.coachId);
    return this.enqueueOnboarding(user, competitor, 'competitor.game_platform.onboard');
  }

  async retry(user: AuthenticatedUser, id: string): Promise<GamePlatformJobAccepted> {
    const competitor = await this.competitors.findVisible(user, id);
    const { state } = await this.describe(competitor);
    if (state === 'synced') throw new ConflictException('The competitor is already on the Game Platform: nothing to retry');
    if (state === 'not_started') {
      throw new ConflictException('Nothing to retry: the competitor has not been sent to the Game Platform (POST /competitors/{id}/game-platform adds it)');
    }
    const blocker = onboardingBlocker(competitor);
    if (blocker) throw new ConflictException(blocker);
    await this.rollout.assertEnabledFor(competitor.coachId);
    return this.enqueueOnboarding(user, competitor, 'competitor.game_platform.retry');
  }

  /**
   * Re-onboards a competitor whose platform account is missing (repeated 404s): the onboarding job
   * creates the account again under the platform id it has, so stored solves stay linked. (Linking
   * to a different, existing platform account is an import with a platform id, not this.)
   */
  async relink(user: AuthenticatedUser, id: string): Promise<GamePlatformJobAccepted> {
    const competitor = await this.competitors.findVisible(user, id);
    if (!competitor.gamePlatformId) {
      throw new ConflictException('The competitor is not on the Game Platform yet: add it with POST /competitors/{id}/game-platform');
    }
    if (!competitor.syncState?.missingSince) {
      throw new ConflictException("The competitor's Game Platform account is not missing: nothing to re-link");
    }
    const blocker = onboardingBlocker({ ...competitor, gamePlatformId: null });
    if (blocker) throw new ConflictException(blocker);
    await this.rollout.assertEnabledFor(competitor.coachId);
    return this.enqueueOnboarding(user, competitor, 'competitor.game_platform.relink');
  }

  async clearError(user: AuthenticatedUser, id: string): Promise<OnboardingStateView> {
    const competitor = await this.prisma.$transaction(async (tx) => {
      const current = await this.competitors.findVisible(user, id, tx);
      await this.audit.record(
        user,
        { action: 'competitor.game_platform.clear_error', targetType: 'competitor', targetId: id, payload: { clearedError: current.gamePlatformSyncError } },
        tx,
      );
      return tx.competitor.update({ where: { id }, data: { gamePlatformSyncError: null } });
    });
    return this.describe(competitor);
  }

  /** Re-enqueues every failed onboarding in reach: a coach's own, or for admins everyone or one coach. */
  async retryFailed(user: AuthenticatedUser, filter: RetryFailedDto): Promise<RetryFailedResult> {
    if (!isAdmin(user) && filter.coachId !== undefined && filter.coachId !== user.id) {
      throw new FieldInputError('coachId', 'coachId can only be chosen by an administrator');
    }
    if (!this.integration.enabled) throw new ServiceUnavailableException(INTEGRATION_DISABLED_MESSAGE);
    const coachId = visibleTo(user).coachId ?? filter.coachId;
    if (!isAdmin(user)) await this.rollout.assertEnabledFor(user.id);
    const failed = await this.prisma.competitor.findMany({
      where: { gamePlatformId: null, gamePlatformSyncError: { not: null }, ...(coachId && { coachId }) },
      orderBy: { id: 'asc' },
    });
    const result: RetryFailedResult = { enqueued: [], skipped: [] };
    const availability = new Map<string, Promise<string>>();
    for (const competitor of failed) {
      const skip = (reason: string) => result.skipped.push({ competitorId: competitor.id, reason });
      const blocker = onboardingBlocker(competitor);
      if (blocker) {
        skip(blocker);
        continue;
      }
      if (!availability.has(competitor.coachId)) availability.set(competitor.coachId, this.rollout.availabilityFor(competitor.coachId));
      const coachAvailability = await availability.get(competitor.coachId)!;
      if (coachAvailability !== 'pilot' && coachAvailability !== 'in_rollout') {
        skip('The coach is not in the game platform rollout');
        continue;
      }
      const { jobId } = await this.enqueueOnboarding(user, competitor, 'competitor.game_platform.bulk_retry');
      result.enqueued.push({ competitorId: competitor.id, jobId });
    }
    return result;
  }

  async sendPasswordReset(user: AuthenticatedUser, id: string): Promise<GamePlatformJobAccepted> {
    const competitor = await this.competitors.findVisible(user, id);
    if (!competitor.gamePlatformId) {
      throw new ConflictException('The competitor is not on the Game Platform yet: add them first, then send a password reset');
    }
    await this.rollout.assertEnabledFor(competitor.coachId);
    const job = await this.jobs.enqueue(JobName.SendPasswordReset, { competitorId: id, requestedBy: user.id });
    await this.audit.record(user, { action: 'competitor.game_platform.password_reset', targetType: 'competitor', targetId: id, payload: { jobId: job.id! } });
    return { jobId: job.id!, state: 'pending' };
  }

  /** Reads only: allowed during the read-only soft launch and outside the rollout; the same job while one is pending. */
  async syncNow(user: AuthenticatedUser, id: string): Promise<GamePlatformJobAccepted> {
    const competitor = await this.competitors.findVisible(user, id);
    if (!competitor.gamePlatformId) {
      throw new ConflictException('The competitor is not on the Game Platform yet: add them first, then sync their scores');
    }
    const job = await this.jobs.enqueue(JobName.SyncCompetitorNow, { competitorId: id, requestedBy: user.id });
    await this.audit.record(user, { action: 'competitor.game_platform.sync_now', targetType: 'competitor', targetId: id, payload: { jobId: job.id! } });
    return { jobId: job.id!, state: 'pending' };
  }

  /**
   * While a job is in flight the call returns it unchanged (the queue de-duplicates by competitor);
   * otherwise the error is cleared and a fresh job recorded on the row, with the audit row, in one
   * transaction. The row is written before the enqueue so that it stays locked until commit: a worker
   * that finishes the new job first waits and its result lands after ours instead of being overwritten.
   */
  private async enqueueOnboarding(user: AuthenticatedUser, competitor: Competitor, action: string): Promise<GamePlatformJobAccepted> {
    const inFlight = await this.inFlightJob(competitor);
    return this.prisma.$transaction(async (tx) => {
      if (!inFlight) {
        await tx.competitor.update({
          where: { id: competitor.id },
          data: { gamePlatformSyncError: null, gamePlatformAttempts: 0, gamePlatformLastAttemptAt: null },
        });
      }
      const job = await this.jobs.enqueue(JobName.OnboardCompetitor, { competitorId: competitor.id, requestedBy: user.id });
      const jobId = job.id!;
      if (jobId !== inFlight) await tx.competitor.update({ where: { id: competitor.id }, data: { gamePlatformJobId: jobId } });
      await this.audit.record(user, { action, targetType: 'competitor', targetId: competitor.id, payload: { jobId, alreadyPending: jobId === inFlight } }, tx);
      return { jobId, state: 'pending' as const };
    });
  }

  private async inFlightJob(competitor: Competitor): Promise<string | null> {
    if (!competitor.gamePlatformJobId) return null;
    const state = await this.jobs.queue(QueueName.Competitors).getJobState(competitor.gamePlatformJobId);
    return IN_FLIGHT.has(state) ? competitor.gamePlatformJobId : null;
  }

  private async describe(read: Competitor): Promise<OnboardingStateView> {
    const inFlight = await this.inFlightJob(read);
    // A job records its result before the queue marks it finished: read the row again so a job that
    // finished after the first read is not mistaken for one that never ran.
    const competitor = inFlight ? read : ((await this.prisma.competitor.findUnique({ where: { id: read.id } })) ?? read);
    const parked =
      !inFlight &&
      !competitor.gamePlatformId &&
      (await this.prisma.parkedJob.count({ where: { jobKey: parkedJobKey(JobName.OnboardCompetitor, { competitorId: competitor.id, requestedBy: '' }) } })) > 0;
    const [state, message] = parked
      ? (['pending', 'Waiting: the Game Platform integration is not available for this coach right now; the competitor is added as soon as it is'] as const)
      : stateAndMessage(competitor, inFlight !== null);
    return {
      state,
      message,
      jobId: competitor.gamePlatformJobId,
      attempts: competitor.gamePlatformAttempts,
      lastAttemptAt: competitor.gamePlatformLastAttemptAt?.toISOString() ?? null,
      gamePlatformId: competitor.gamePlatformId,
      syncedAt: competitor.gamePlatformSyncedAt?.toISOString() ?? null,
    };
  }
}

function stateAndMessage(competitor: Competitor, jobInFlight: boolean): [OnboardingState, string] {
  if (competitor.gamePlatformId) return ['synced', `On the Game Platform as ${competitor.metactfUsername ?? competitor.gamePlatformId}`];
  if (jobInFlight) {
    return competitor.gamePlatformSyncError
      ? ['pending', `Retrying automatically after a failed attempt: ${competitor.gamePlatformSyncError}`]
      : ['pending', 'Queued: the competitor is being added to the Game Platform'];
  }
  if (competitor.gamePlatformSyncError) return ['error', competitor.gamePlatformSyncError];
  return ['not_started', onboardingBlocker(competitor) ?? 'Ready to be added to the Game Platform'];
}
