import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Counter, Gauge } from 'prom-client';
import { MetricsRegistry, RedisClient } from '@app/common';
import { JOB_DEFINITIONS } from '../job-definitions';
import { JobName, JobPayload } from '../job-names';
import { JobQueueService } from '../job-queue.service';
import { queueConfig } from '../queue.config';

export type ScheduleState = 'ok' | 'missing' | 'drifted';

interface DesiredSchedule {
  name: JobName;
  pattern: string;
  payload: object;
}

/**
 * The recurring job schedules this worker wants. Each is a BullMQ job scheduler in Redis (one job
 * per period however many replicas run); every SCHEDULE_RECONCILE_INTERVAL_MS each worker compares
 * Redis with what it wants and upserts the ones missing (a Redis that lost its data) or changed.
 * Upserting an identical schedule is a no-op, so replicas reconciling at once do no harm.
 */
@Injectable()
export class RecurringSchedules implements OnApplicationBootstrap {
  private readonly logger = new Logger(RecurringSchedules.name);
  private readonly desired = new Map<JobName, DesiredSchedule>();
  private readonly repairs: Counter<'schedule' | 'reason'>;

  constructor(
    private readonly jobs: JobQueueService,
    private readonly registry: SchedulerRegistry,
    @Inject(queueConfig.KEY) private readonly config: ConfigType<typeof queueConfig>,
    private readonly redis: RedisClient,
    metrics: MetricsRegistry,
  ) {
    this.repairs = new Counter({
      name: 'gps_job_schedule_repairs_total',
      help: 'Recurring job schedules put back by the reconciler, by schedule and reason (missing, drifted)',
      labelNames: ['schedule', 'reason'],
      registers: [metrics],
    });
    const schedules = this;
    new Gauge({
      name: 'gps_job_schedule_ok',
      help: '1 while the recurring schedule in Redis is the one the worker wants; 0 while it is missing or drifted',
      labelNames: ['schedule'],
      registers: [metrics],
      async collect() {
        for (const [schedule, state] of Object.entries(await schedules.inspect())) this.set({ schedule }, state === 'ok' ? 1 : 0);
      },
    });
  }

  /** Declares a recurring job (cron pattern, UTC) and writes it to Redis now. */
  async declare<N extends JobName>(name: N, pattern: string, payload: JobPayload<N>): Promise<void> {
    this.desired.set(name, { name, pattern, payload });
    await this.jobs.schedule(name, pattern, payload);
  }

  /** Checks every interval, and at once when Redis reconnects (it may have come back empty). */
  onApplicationBootstrap(): void {
    const check = () => void this.reconcile().catch((error: unknown) => this.logger.warn({ msg: 'schedule check failed', err: error }));
    this.registry.addInterval('recurring-schedules', setInterval(check, this.config.SCHEDULE_RECONCILE_INTERVAL_MS));
    this.redis.on('ready', check);
  }

  /** What Redis holds for each wanted schedule, read-only. */
  async inspect(): Promise<Record<string, ScheduleState>> {
    const states = await Promise.all([...this.desired.values()].map(async (want) => [want.name, await this.stateOf(want)] as const));
    return Object.fromEntries(states);
  }

  /** Puts back every schedule that is missing or drifted; returns what it found. */
  async reconcile(): Promise<Record<string, ScheduleState>> {
    const found = await this.inspect();
    for (const want of this.desired.values()) {
      const state = found[want.name];
      if (state === 'ok') continue;
      await this.jobs.schedule(want.name, want.pattern, want.payload as JobPayload<JobName>);
      this.repairs.inc({ schedule: want.name, reason: state });
      this.logger.warn({ msg: 'recurring schedule restored', schedule: want.name, was: state });
    }
    return found;
  }

  private async stateOf(want: DesiredSchedule): Promise<ScheduleState> {
    const current = await this.jobs.queue(JOB_DEFINITIONS[want.name].queue).getJobScheduler(want.name);
    if (!current) return 'missing';
    const same = current.pattern === want.pattern && current.tz === 'UTC' && JSON.stringify(current.template?.data ?? null) === JSON.stringify(want.payload);
    return same ? 'ok' : 'drifted';
  }
}
