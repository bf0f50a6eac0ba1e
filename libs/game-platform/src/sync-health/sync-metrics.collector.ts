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
      help: 'Seconds since the last successful sync of competitors per activity tier (stat: p50, p95, max)',
      labelNames: ['tier', 'stat'],
      registers: [metrics],
      async collect() {
        this.reset();
        neverSynced.reset();
        for (const lag of await health.freshnessByTier()) {
          neverSynced.set({ tier: lag.tier }, lag.neverSynced);
          for (const [stat, value] of [
            ['p50', lag.p50LagSeconds],
            ['p95', lag.p95LagSeconds],
            ['max', lag.maxLagSeconds],
          ] as const) {
            if (value !== null) this.set({ tier: lag.tier, stat }, value);
          }
        }
      },
    });
  }
}
