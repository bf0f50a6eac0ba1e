import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { metricsConfig } from './metrics.config';

/**
 * The Prometheus registry of one application instance (not prom-client's global one, so the API and
 * the worker can share a process in tests). Collectors register their series here.
 */
@Injectable()
export class MetricsRegistry extends Registry {
  constructor(@Inject(metricsConfig.KEY) private readonly config: ConfigType<typeof metricsConfig>) {
    super();
    collectDefaultMetrics({ register: this, prefix: 'gps_process_' });
  }

  /** The exposition text, after checking the scraper's bearer token when METRICS_TOKEN is set. */
  async exposition(authorization: string | undefined): Promise<string> {
    const expected = this.config.METRICS_TOKEN;
    if (expected) {
      const given = Buffer.from(authorization?.replace(/^Bearer\s+/i, '') ?? '');
      const wanted = Buffer.from(expected);
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
        throw new UnauthorizedException('GET /metrics needs "Authorization: Bearer <METRICS_TOKEN>"');
      }
    }
    return this.metrics();
  }
}
