import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { ExecutionContext } from '@app/common';
import { CompetitorJobFailure, CompetitorOnboarding, OnboardOutcome, ParkedOutcome, RolloutParking } from '@app/game-platform';
import { JobHandler, JobName, JobPayload, JobRunContext } from '@app/jobs';

/** Thin job handlers: the use cases live in @app/game-platform; a coach outside the rollout gets the job parked. */
@Injectable()
export class CompetitorJobHandlers {
  constructor(
    private readonly onboarding: CompetitorOnboarding,
    private readonly parking: RolloutParking,
  ) {}

  @JobHandler(JobName.OnboardCompetitor)
  onboard(payload: JobPayload<JobName.OnboardCompetitor>, job: JobRunContext): Promise<{ outcome: OnboardOutcome } | ParkedOutcome> {
    const { competitorId } = payload;
    return ExecutionContext.run({ competitorId }, () =>
      this.parking.runUnlessParked(JobName.OnboardCompetitor, payload, job, () =>
        asJobOutcome(async () => ({ outcome: await this.onboarding.onboard(competitorId, job) })),
      ),
    );
  }

  @JobHandler(JobName.SendPasswordReset)
  sendPasswordReset(payload: JobPayload<JobName.SendPasswordReset>, job: JobRunContext): Promise<{ sent: true } | ParkedOutcome> {
    const { competitorId } = payload;
    return ExecutionContext.run({ competitorId }, () =>
      this.parking.runUnlessParked(JobName.SendPasswordReset, payload, job, () =>
        asJobOutcome(async () => {
          await this.onboarding.sendPasswordReset(competitorId, job);
          return { sent: true as const };
        }),
      ),
    );
  }
}

/** A failure that retrying cannot fix ends the job now instead of spending its remaining attempts. */
async function asJobOutcome<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CompetitorJobFailure && !error.retryable) throw new UnrecoverableError(error.message);
    throw error;
  }
}
