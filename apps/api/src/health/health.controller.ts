import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { RedisHealthIndicator } from '@app/common';
import { DatabaseHealthIndicator } from '@app/persistence';
import { Probe } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { HealthReportDto } from './health-report.dto';

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
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Liveness probe: the process answers (no dependency is checked)' })
  @ApiOkResponse({ type: HealthReportDto, description: 'The process is alive' })
  checkLiveness() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({ summary: 'Readiness probe: PostgreSQL and Redis answer' })
  @ApiOkResponse({ type: HealthReportDto, description: 'PostgreSQL and Redis answer' })
  @ApiProblems({ 503: 'A dependency is down; the detail names the failing check' })
  checkReadiness() {
    return this.health.check([() => this.database.check(), () => this.redis.check()]);
  }
}
