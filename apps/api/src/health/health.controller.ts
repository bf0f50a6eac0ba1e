import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { RedisHealthIndicator } from '@app/common';
import { DatabaseHealthIndicator } from '@app/persistence';
import { Probe } from '../auth';

@ApiTags('health')
@Probe()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** The process answers: nothing else is checked, so a dependency outage never gets the pod restarted. */
  @Get('live')
  @HealthCheck()
  @ApiOkResponse({ description: 'The process is alive' })
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOkResponse({ description: 'PostgreSQL and Redis answer' })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down; the failing check is named under "error"' })
  ready() {
    return this.health.check([() => this.database.check(), () => this.redis.check()]);
  }
}
