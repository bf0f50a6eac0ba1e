import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { Gauge } from 'prom-client';
import { MetricsRegistry, RedisClient, redisConfig } from '@app/common';
import { AlertConditions } from './alert-conditions';
import { AlertWebhook } from './alert-webhook';
import { AlertKey, AlertView } from './alerts.dto';

/** Where an operator reads what to do: each alert has its own section in docs/runbook.md. */
export const runbookSection = (key: AlertKey): string => `docs/runbook.md#alert-${key.replaceAll('_', '-')}`;

/**
 * Evaluates every alert condition on demand (GET /admin/alerts, each Prometheus scrape). When a
 * condition starts firing its start time is kept in Redis, so "since" is shared by all API replicas
 * and survives restarts; it is cleared when the condition clears.
 */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger(AlertsService.name);
  private readonly sinceKey: string;

  constructor(
    private readonly conditions: AlertConditions,
    private readonly webhook: AlertWebhook,
    private readonly redis: RedisClient,
    @Inject(redisConfig.KEY) redisEnv: ConfigType<typeof redisConfig>,
    metrics: MetricsRegistry,
  ) {
    this.sinceKey = `${redisEnv.REDIS_KEY_PREFIX}:alerts:since`;
    const value = new Gauge({ name: 'gps_alert_value', help: 'Measured value of each alert condition', labelNames: ['alert'], registers: [metrics] });
    const evaluate = () => this.evaluate();
    new Gauge({
      name: 'gps_alert_active',
      help: '1 while the alert fires',
      labelNames: ['alert', 'severity'],
      registers: [metrics],
      async collect() {
        for (const alert of await evaluate()) {
          this.set({ alert: alert.key, severity: alert.severity }, alert.active ? 1 : 0);
          value.set({ alert: alert.key }, alert.value);
        }
      },
    });
  }

  async evaluate(now = new Date()): Promise<AlertView[]> {
    const conditions = await this.conditions.all(now);
    const since = await this.redis.hgetall(this.sinceKey);
    const started = conditions.filter((condition) => condition.active && !since[condition.key]).map((condition) => condition.key);
    const cleared = conditions.filter((condition) => !condition.active && since[condition.key]).map((condition) => condition.key);
    // HSETNX / HDEL answer 1 to exactly one replica: that one logs and notifies the transition, once.
    const fired = await Promise.all(started.map(async (key) => ((await this.redis.hsetnx(this.sinceKey, key, now.toISOString())) === 1 ? key : null)));
    const resolved = await Promise.all(cleared.map(async (key) => ((await this.redis.hdel(this.sinceKey, key)) === 1 ? key : null)));
    if (started.length) Object.assign(since, await this.redis.hgetall(this.sinceKey));
    const views = conditions.map((condition) => ({
      ...condition,
      since: condition.active ? (since[condition.key] ?? now.toISOString()) : null,
      runbook: runbookSection(condition.key),
    }));
    for (const view of views) {
      if (fired.includes(view.key)) {
        this.logger.warn({ msg: 'alert firing', alert: view.key, ...view });
        void this.webhook.send('firing', view);
      } else if (resolved.includes(view.key)) {
        this.logger.log({ msg: 'alert cleared', alert: view.key, since: since[view.key] });
        void this.webhook.send('resolved', { ...view, since: since[view.key] });
      }
    }
    return views;
  }
}
