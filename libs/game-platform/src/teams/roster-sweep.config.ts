import { IsInt, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class RosterSweepEnv {
  /**
   * How often the worker looks for memberships still `pending` although their competitor is on the
   * platform, and enqueues their team's sync (the safety net behind the sync enqueued at onboarding).
   */
  @ToNumber()
  @IsInt()
  @Min(1000)
  ROSTER_SWEEP_INTERVAL_MS = 30_000;
}

export const rosterSweepConfig = validatedConfig('rosterSweep', RosterSweepEnv);
