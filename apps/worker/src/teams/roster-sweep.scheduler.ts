import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { PendingRosterSweeper, rosterSweepConfig } from '@app/game-platform';

/** Runs the pending-roster sweep every ROSTER_SWEEP_INTERVAL_MS in each worker (its enqueues are de-duplicated). */
@Injectable()
export class RosterSweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(RosterSweepScheduler.name);

  constructor(
    private readonly sweeper: PendingRosterSweeper,
    private readonly registry: SchedulerRegistry,
    @Inject(rosterSweepConfig.KEY) private readonly config: ConfigType<typeof rosterSweepConfig>,
  ) {}

  onApplicationBootstrap(): void {
    const sweep = () => void this.sweeper.sweep().catch((error: unknown) => this.logger.warn({ msg: 'pending roster sweep failed', err: error }));
    this.registry.addInterval('pending-roster-sweep', setInterval(sweep, this.config.ROSTER_SWEEP_INTERVAL_MS));
  }
}
