import { Controller, Get, Header, Headers } from '@nestjs/common';
import { MetricsRegistry } from '@app/common';

/** Prometheus scrape endpoint on the worker's health port; METRICS_TOKEN guards it when set. */
@Controller('metrics')
export class WorkerMetricsController {
  constructor(private readonly metrics: MetricsRegistry) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    return this.metrics.exposition(authorization);
  }
}
