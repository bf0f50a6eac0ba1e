import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '@app/common';
import { SyncHealthService } from './sync-health.service';

/** Freshness of synced scores per activity tier, computed at scrape time. */
@Injectable()
export class SyncMetricsCollector {
  constructor(health: SyncHealthService, metrics: MetricsRegistry) {
    const neverSynced = new Gauge({
      name: 'gps_sync_never_synced_competitors',
      help: 'Competitors per activity tier whose incremental data was never synced',
      labelNames: ['tier'],
      registers: [metrics],
    });
    new Gauge({
      name: 'gps_sync_lag_seconds',
      help: "Age of competitors' incremental sync data per activity tier (stat: p50, p95, max)",
      labelNames: ['tier', 'stat'],
      registers: [metrics],
      async collect() {
        this.reset();
        neverSynced.reset();
        for (const lag of await health.freshnessLagByTier()) {
          neverSynced.set({ tier: lag.tier }, lag.neverSynced);
          for (const [stat, value] of [['p50', lag.p50Seconds], ['p95', lag.p95Seconds], ['max', lag.maxSeconds]] as const) {
            if (value !== null) this.set({ tier: lag.tier, stat }, value);
          }
        }
      },
    });
  }
}
