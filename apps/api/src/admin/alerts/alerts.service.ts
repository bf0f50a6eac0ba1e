import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { Gauge } from 'prom-client';
import { MetricsRegistry, RedisClient, redisConfig } from '@app/common';
import { AlertConditions } from './alert-conditions';
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
    if (started.length) {
      // HSETNX: with several replicas evaluating, the first one to see the alert sets its start.
      await Promise.all(started.map((key) => this.redis.hsetnx(this.sinceKey, key, now.toISOString())));
      Object.assign(since, await this.redis.hgetall(this.sinceKey));
      for (const key of started) this.logger.warn({ msg: 'alert firing', alert: key, ...conditions.find((c) => c.key === key) });
    }
    if (cleared.length) {
      await this.redis.hdel(this.sinceKey, ...cleared);
      for (const key of cleared) this.logger.log({ msg: 'alert cleared', alert: key, since: since[key] });
    }
    return conditions.map((condition) => ({
      ...condition,
      since: condition.active ? since[condition.key] ?? now.toISOString() : null,
      runbook: runbookSection(condition.key),
    }));
  }
}
