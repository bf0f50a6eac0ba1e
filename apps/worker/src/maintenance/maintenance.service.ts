import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { DeadLetterStore, JobHandler, JobName, JobPayload, JobQueueService, QueueName, queueConfig, RecurringSchedules } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { maintenanceConfig } from './maintenance.config';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CleanupReport {
  syncRunsDeleted: number;
  auditLogDeleted: number;
  completedJobsRemoved: number;
  deadLettersDeleted: number;
  deadLettersRecovered: number;
}

/**
 * Retention: old sync runs, audit rows, completed jobs and handled dead letters go; failed jobs stay
 * until an admin handles them, and any final failure missing from the dead-letter store is added.
 */
@Injectable()
export class MaintenanceService implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueueService,
    private readonly deadLetters: DeadLetterStore,
    private readonly schedules: RecurringSchedules,
    @Inject(maintenanceConfig.KEY) private readonly config: ConfigType<typeof maintenanceConfig>,
    @Inject(queueConfig.KEY) private readonly queues: ConfigType<typeof queueConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedules.declare(JobName.MaintenanceCleanup, this.config.MAINTENANCE_CLEANUP_CRON, { reason: 'schedule' });
  }

  @JobHandler(JobName.MaintenanceCleanup)
  async cleanup(payload: JobPayload<JobName.MaintenanceCleanup>): Promise<CleanupReport> {
    const now = Date.now();
    const syncRuns = await this.prisma.gamePlatformSyncRun.deleteMany({
      where: { startedAt: { lt: new Date(now - this.config.SYNC_RUN_RETENTION_DAYS * DAY_MS) }, status: { not: 'running' } },
    });
    const auditLog = await this.prisma.auditLog.deleteMany({
      where: { at: { lt: new Date(now - this.config.AUDIT_LOG_RETENTION_DAYS * DAY_MS) } },
    });
    const deadLettersDeleted = await this.deadLetters.deleteHandledBefore(new Date(now - this.config.DEAD_LETTER_RETENTION_DAYS * DAY_MS));
    let completedJobsRemoved = 0;
    let deadLettersRecovered = 0;
    for (const queue of Object.values(QueueName)) {
      const removed = await this.jobs.queue(queue).clean(this.queues.QUEUE_COMPLETED_RETENTION_DAYS * DAY_MS, 10_000, 'completed');
      completedJobsRemoved += removed.length;
      const failed = await this.jobs.queue(queue).getFailed(0, 9_999);
      deadLettersRecovered += await this.deadLetters.recordMissing(
        queue,
        failed.filter((job) => job.finishedOn),
      );
    }
    const report = { syncRunsDeleted: syncRuns.count, auditLogDeleted: auditLog.count, completedJobsRemoved, deadLettersDeleted, deadLettersRecovered };
    this.logger.log({ msg: 'maintenance clean-up done', reason: payload.reason, ...report });
    return report;
  }
}
