import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { HealthIndicatorService } from '@nestjs/terminus';
import { dependencyConfig, perCallBudgetMs, withTimeout } from '@app/common';
import { RecurringSchedules } from './recurring-schedules.service';

/** Readiness of the recurring schedules: down, naming them, while one is missing from Redis or differs from what this worker wants (one an admin disabled is fine). */
@Injectable()
export class SchedulesHealthIndicator {
  constructor(
    private readonly schedules: RecurringSchedules,
    private readonly health: HealthIndicatorService,
    @Inject(dependencyConfig.KEY) private readonly dependency: ConfigType<typeof dependencyConfig>,
  ) {}

  async check(key = 'schedules') {
    const indicator = this.health.check(key);
    try {
      const states = await withTimeout(this.schedules.inspect(), perCallBudgetMs(this.dependency.DEPENDENCY_TIMEOUT_MS));
      const wrong = Object.entries(states).filter(([, state]) => state !== 'ok' && state !== 'disabled');
      if (wrong.length > 0)
        return indicator.down({
          message: `recurring schedule(s) ${wrong.map(([name, state]) => `${name} ${state}`).join(', ')}: the reconciler puts them back`,
          schedules: states,
        });
      return indicator.up({ schedules: states });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
