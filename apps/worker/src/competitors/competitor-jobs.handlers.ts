import { Injectable } from '@nestjs/common';
import { CorrelationScope } from '@app/common';
import { CompetitorOnboarding, OnboardOutcome, ParkedOutcome, RolloutParking } from '@app/game-platform';
import { JobHandler, JobName, JobPayload, JobRunContext } from '@app/jobs';

/** Thin job handlers: the use cases live in @app/game-platform (their failures are JobFailures); a coach outside the rollout gets the job parked. */
@Injectable()
export class CompetitorJobHandlers {
  constructor(
    private readonly onboarding: CompetitorOnboarding,
    private readonly parking: RolloutParking,
  ) {}

  @JobHandler(JobName.OnboardCompetitor)
  onboard(payload: JobPayload<JobName.OnboardCompetitor>, job: JobRunContext): Promise<{ outcome: OnboardOutcome } | ParkedOutcome> {
    const { competitorId } = payload;
    return CorrelationScope.run({ competitorId }, () =>
      this.parking.runUnlessParked(JobName.OnboardCompetitor, payload, job, async () => ({ outcome: await this.onboarding.onboard(competitorId, job) })),
    );
  }

  @JobHandler(JobName.SendPasswordReset)
  sendPasswordReset(payload: JobPayload<JobName.SendPasswordReset>, job: JobRunContext): Promise<{ sent: true } | ParkedOutcome> {
    const { competitorId } = payload;
    return CorrelationScope.run({ competitorId }, () =>
      this.parking.runUnlessParked(JobName.SendPasswordReset, payload, job, async () => {
        await this.onboarding.sendPasswordReset(competitorId, job);
        return { sent: true as const };
      }),
    );
  }
}
