import { Controller, Get, Header, Headers } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { MetricsRegistry } from '@app/common';
import { Probe } from '../auth';

/** Prometheus scrape endpoint: no user JWT; METRICS_TOKEN guards it when set. */
@ApiExcludeController()
@Probe()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsRegistry) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    return this.metrics.exposition(authorization);
  }
}
