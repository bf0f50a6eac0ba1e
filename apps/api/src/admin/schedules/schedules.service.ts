import { BadRequestException, Injectable } from '@nestjs/common';
import { CronTime } from 'cron';
import { JOB_DEFINITIONS, JobQueueService, RECURRING_JOB_NAMES, RecurringJobName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { AuditService } from '../../audit/audit.service';
import { AuthenticatedUser } from '../../auth';
import { ScheduleView, UpdateScheduleDto } from './schedules.dto';

/** Recent jobs read per schedule to find its last run. */
const RECENT_JOBS = 200;
const iso = (ms: number | null | undefined) => (ms ? new Date(ms).toISOString() : null);

/**
 * Recurring schedules at runtime: the setting is stored in PostgreSQL (job_schedule_settings) and
 * the schedule reconciler of every worker replica applies it to Redis; the API never writes the
 * BullMQ schedulers itself, so there is one writer logic and a restart changes nothing.
 */
@Injectable()
export class SchedulesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueueService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ScheduleView[]> {
    return Promise.all(RECURRING_JOB_NAMES.map((name) => this.view(name)));
  }

  async update(user: AuthenticatedUser, name: RecurringJobName, dto: UpdateScheduleDto): Promise<ScheduleView> {
    if (dto.pattern === undefined && dto.enabled === undefined) {
      throw new BadRequestException({ message: ['give pattern and/or enabled'], error: 'Bad Request', statusCode: 400 });
    }
    if (dto.pattern !== undefined) assertCron(dto.pattern);
    await this.prisma.$transaction(async (tx) => {
      const before = await tx.jobScheduleSetting.findUnique({ where: { name } });
      const after = await tx.jobScheduleSetting.upsert({
        where: { name },
        create: { name, pattern: dto.pattern ?? null, enabled: dto.enabled ?? true, updatedBy: user.id },
        update: { ...(dto.pattern !== undefined && { pattern: dto.pattern }), ...(dto.enabled !== undefined && { enabled: dto.enabled }), updatedBy: user.id },
      });
      await this.audit.record(
        user,
        {
          action: 'admin.schedule.update',
          targetType: 'schedule',
          targetId: name,
          payload: { before: before && { pattern: before.pattern, enabled: before.enabled }, after: { pattern: after.pattern, enabled: after.enabled } },
        },
        tx,
      );
    });
    return this.view(name);
  }

  private async view(name: RecurringJobName): Promise<ScheduleView> {
    const queue = this.jobs.queue(JOB_DEFINITIONS[name].queue);
    const [setting, scheduler, recent] = await Promise.all([
      this.prisma.jobScheduleSetting.findUnique({ where: { name } }),
      queue.getJobScheduler(name),
      queue.getJobs(['completed', 'failed'], 0, RECENT_JOBS - 1),
    ]);
    const enabled = setting?.enabled ?? true;
    const last = recent.filter((job) => job?.name === name && job.finishedOn).sort((a, b) => b.finishedOn! - a.finishedOn!)[0];
    const activePattern = scheduler?.pattern ?? null;
    return {
      name,
      queue: queue.name,
      pattern: setting?.pattern ?? null,
      activePattern,
      enabled,
      applied: enabled ? activePattern !== null && (setting?.pattern ?? activePattern) === activePattern : activePattern === null,
      nextRunAt: iso(scheduler?.next),
      lastRunAt: iso(last?.finishedOn),
      lastRunState: last ? (last.failedReason ? 'failed' : 'completed') : null,
      updatedBy: setting?.updatedBy ?? null,
      updatedAt: setting?.updatedAt.toISOString() ?? null,
    };
  }
}

function assertCron(pattern: string): void {
  try {
    new CronTime(pattern, 'UTC');
  } catch (error) {
    throw new BadRequestException({
      message: [`pattern: "${pattern}" is not a cron pattern (${(error as Error).message})`],
      error: 'Bad Request',
      statusCode: 400,
    });
  }
}
