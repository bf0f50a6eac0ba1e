import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { HealthIndicatorService } from '@nestjs/terminus';
import { dependencyConfig, perCallBudgetMs, withTimeout } from '@app/common';
import { PrismaService } from './prisma.service';

/** Readiness of PostgreSQL: a trivial query answered within the timeout. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly prisma: PrismaService,
    private readonly health: HealthIndicatorService,
    @Inject(dependencyConfig.KEY) private readonly dependency: ConfigType<typeof dependencyConfig>,
  ) {}

  async check(key = 'database', timeoutMs = perCallBudgetMs(this.dependency.DEPENDENCY_TIMEOUT_MS)) {
    const indicator = this.health.check(key);
    try {
      await withTimeout(this.prisma.$queryRaw`SELECT 1`, timeoutMs);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
