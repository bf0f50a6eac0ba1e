import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { withTimeout } from '@app/common';
import { PrismaService } from './prisma.service';

/** Readiness of PostgreSQL: a trivial query answered within the timeout. */
@Injectable()
export class DatabaseHealthIndicator {
  constructor(
    private readonly prisma: PrismaService,
    private readonly health: HealthIndicatorService,
  ) {}

  async check(key = 'database', timeoutMs = 2000) {
    const indicator = this.health.check(key);
    try {
      await withTimeout(this.prisma.$queryRaw`SELECT 1`, timeoutMs);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
