import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { SchedulerRegistry } from '@nestjs/schedule';
import { Counter, Gauge } from 'prom-client';
import { MetricsRegistry, RedisClient } from '@app/common';
import { PrismaService } from '@app/persistence';
import { JOB_DEFINITIONS } from '../job-definitions';
import { JobName, JobPayload } from '../job-names';
import { JobQueueService } from '../job-queue.service';
import { queueConfig } from '../queue.config';

export type ScheduleState = 'ok' | 'missing' | 'drifted' | 'disabled';

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
 * What it wants is the configured pattern unless an admin changed it at runtime: the
 * job_schedule_settings row (pattern, enabled) wins, so a change reaches every replica without a restart.
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
    private readonly prisma: PrismaService,
    metrics: MetricsRegistry,
  ) {
    this.repairs = new Counter({
      name: 'gps_job_schedule_repairs_total',
      help: 'Recurring job schedules put back by the reconciler, by schedule and reason (missing, drifted)',
      labelNames: ['schedule', 'reason'],
      registers: [metrics],
    });
    const inspect = () => this.inspect();
    new Gauge({
      name: 'gps_job_schedule_ok',
      help: '1 while the recurring schedule in Redis is the one the worker wants; 0 while it is missing or drifted',
      labelNames: ['schedule'],
      registers: [metrics],
      async collect() {
        for (const [schedule, state] of Object.entries(await inspect())) this.set({ schedule }, state === 'ok' || state === 'disabled' ? 1 : 0);
      },
    });
  }

  /** Declares a recurring job (cron pattern, UTC, unless an admin set another) and writes it to Redis now. */
  async declare<N extends JobName>(name: N, pattern: string, payload: JobPayload<N>): Promise<void> {
    this.desired.set(name, { name, pattern, payload });
    // The admin settings live in PostgreSQL: if it does not answer yet, the periodic check writes the schedule.
    await this.reconcile(false).catch((error: unknown) =>
      this.logger.warn({ msg: 'schedule not written at start; the reconciler retries', schedule: name, err: error }),
    );
  }

  /** Checks every interval, and at once when Redis reconnects (it may have come back empty). */
  onApplicationBootstrap(): void {
    const check = () => void this.reconcile().catch((error: unknown) => this.logger.warn({ msg: 'schedule check failed', err: error }));
    this.registry.addInterval('recurring-schedules', setInterval(check, this.config.SCHEDULE_RECONCILE_INTERVAL_MS));
    this.redis.on('ready', check);
  }

  /** What Redis holds for each wanted schedule, read-only. */
  async inspect(): Promise<Record<string, ScheduleState>> {
    const wanted = await this.effective();
    const states = await Promise.all(wanted.map(async (want) => [want.name, await this.stateOf(want)] as const));
    return Object.fromEntries(states);
  }

  /**
   * Puts back every schedule that is missing or drifted, removes the disabled ones; returns what it
   * found. `repairing` false: the first write at start, not counted as a repair.
   */
  async reconcile(repairing = true): Promise<Record<string, ScheduleState>> {
    const wanted = await this.effective();
    const found: Record<string, ScheduleState> = {};
    for (const want of wanted) {
      const state = await this.stateOf(want);
      found[want.name] = state;
      if (state === 'ok' || state === 'disabled') continue;
      if (!want.enabled) {
        await this.jobs.queue(JOB_DEFINITIONS[want.name].queue).removeJobScheduler(want.name);
        this.logger.warn({ msg: 'recurring schedule disabled', schedule: want.name });
        continue;
      }
      await this.jobs.schedule(want.name, want.pattern, want.payload as JobPayload<JobName>);
      if (!repairing) continue;
      this.repairs.inc({ schedule: want.name, reason: state });
      this.logger.warn({ msg: 'recurring schedule restored', schedule: want.name, pattern: want.pattern, was: state });
    }
    return found;
  }

  /** The declared schedules with the runtime settings of job_schedule_settings applied. */
  private async effective(): Promise<(DesiredSchedule & { enabled: boolean })[]> {
    const declared = [...this.desired.values()];
    if (declared.length === 0) return [];
    const settings = await this.prisma.jobScheduleSetting.findMany({ where: { name: { in: declared.map((want) => want.name) } } });
    return declared.map((want) => {
      const setting = settings.find((row) => row.name === want.name);
      return { ...want, pattern: setting?.pattern ?? want.pattern, enabled: setting?.enabled ?? true };
    });
  }

  private async stateOf(want: DesiredSchedule & { enabled: boolean }): Promise<ScheduleState> {
    const current = await this.jobs.queue(JOB_DEFINITIONS[want.name].queue).getJobScheduler(want.name);
    if (!want.enabled) return current ? 'drifted' : 'disabled';
    if (!current) return 'missing';
    const same = current.pattern === want.pattern && current.tz === 'UTC' && JSON.stringify(current.template?.data ?? null) === JSON.stringify(want.payload);
    return same ? 'ok' : 'drifted';
  }
}
