import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { JobQueueService, QueueName } from '@app/jobs';
import { SyncHealthService, VendorCallWindow } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { alertsConfig } from './alerts.config';
import { FlashAlertConditions } from './flash-alert-conditions';
import { OperationsAlertConditions } from './operations-alert-conditions';
import { Condition, rateCondition } from './condition';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/** Each alert condition measured against its configured threshold, from PostgreSQL and Redis. */
@Injectable()
export class AlertConditions {
  constructor(
    private readonly sync: SyncHealthService,
    private readonly vendorCalls: VendorCallWindow,
    private readonly jobs: JobQueueService,
    private readonly prisma: PrismaService,
    private readonly flash: FlashAlertConditions,
    private readonly operations: OperationsAlertConditions,
    @Inject(alertsConfig.KEY) private readonly config: ConfigType<typeof alertsConfig>,
  ) {}

  /** Every condition; while PostgreSQL does not answer, only that one (the others read it). */
  async all(now = new Date()): Promise<Condition[]> {
    const database = await this.databaseReachable();
    if (database.active) return [database];
    const conditions = await Promise.all([
      this.syncFailureRate(now),
      this.noSuccessfulSync(now),
      this.consecutiveFailedRuns(),
      this.longRunningJob(now),
      this.vendorServerErrors(now),
      this.onboardingFailuresWaiting(now),
      this.rosterDrift(now),
    ]);
    return [database, ...conditions, ...(await this.flash.all(now)), ...(await this.operations.all(now))];
  }

  private async databaseReachable(): Promise<Condition> {
    const timeoutMs = this.config.ALERT_DATABASE_PROBE_TIMEOUT_MS;
    let error: string | null = null;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.prisma.$queryRaw`SELECT 1`, timeout]);
    } catch (caught) {
      error = caught instanceof Error ? caught.message.split('\n')[0] : String(caught);
    } finally {
      clearTimeout(timer);
    }
    return {
      key: 'database_unreachable',
      severity: 'critical',
      active: error !== null,
      value: error === null ? 0 : 1,
      threshold: timeoutMs,
      message: error === null ? 'PostgreSQL answers' : `PostgreSQL does not answer: ${error}`,
      remediation:
        'Check the PostgreSQL server, DATABASE_URL and the connection count (DATABASE_POOL_SIZE x processes vs max_connections); the other alerts are not evaluated meanwhile.',
    };
  }

  private async syncFailureRate(now: Date): Promise<Condition> {
    const { ALERT_SYNC_FAILURE_RATE: threshold, ALERT_SYNC_FAILURE_WINDOW_HOURS: hours, ALERT_SYNC_FAILURE_MIN_RUNS: minRuns } = this.config;
    const { succeeded, failed } = await this.sync.runSuccessRate(hours, now);
    const finished = succeeded + failed;
    return rateCondition({
      key: 'sync_failure_rate',
      severity: 'warning',
      failed,
      total: finished,
      minimum: minRuns,
      threshold,
      message: (rate) => `${failed} of ${finished} sync runs failed in the last ${hours} h (${rate})`,
      remediation:
        'Open GET /sync/runs for the error details of failed runs and GET /admin/alerts for vendor errors; fix the cause, then retry the failed jobs.',
    });
  }

  private async noSuccessfulSync(now: Date): Promise<Condition> {
    const hours = this.config.ALERT_NO_SUCCESS_HOURS;
    const [last, linked] = await Promise.all([this.sync.lastSuccessfulRun(), this.prisma.competitor.count({ where: { gamePlatformId: { not: null } } })]);
    const ageHours = last?.finishedAt ? (now.getTime() - last.finishedAt.getTime()) / HOUR_MS : Number.POSITIVE_INFINITY;
    return {
      key: 'no_successful_sync',
      severity: 'critical',
      // Nothing linked to the platform yet: nothing to sync, nothing to alert about.
      active: linked > 0 && ageHours > hours,
      value: Number.isFinite(ageHours) ? Math.round(ageHours * 10) / 10 : -1,
      threshold: hours,
      message: last?.finishedAt ? `Last successful sync finished ${last.finishedAt.toISOString()}` : 'No sync run has ever succeeded',
      remediation:
        'Check the sync queue is not paused (GET /admin/processing), the worker is ready, and the game_platform_sync schedule exists in Bull Board; look at failed sync jobs.',
    };
  }

  private async consecutiveFailedRuns(): Promise<Condition> {
    const threshold = this.config.ALERT_CONSECUTIVE_FAILED_RUNS;
    const runs = await this.sync.latestFinishedRuns(threshold);
    const streak = runs.findIndex((run) => run.status !== 'failed');
    const failedInARow = streak === -1 ? runs.length : streak;
    return {
      key: 'consecutive_failed_runs',
      severity: 'critical',
      active: failedInARow >= threshold,
      value: failedInARow,
      threshold,
      message: `The latest ${failedInARow} finished sync run(s) failed`,
      remediation:
        'The sync fails every time: read the error details of the latest runs; a vendor outage shows in the vendor 5xx alert, bad credentials in the run errors.',
    };
  }

  private async longRunningJob(now: Date): Promise<Condition> {
    const seconds = this.config.ALERT_JOB_MAX_RUNTIME_SECONDS;
    const active = await Promise.all(Object.values(QueueName).map(async (queue) => (await this.jobs.queue(queue).getActive()).map((job) => ({ queue, job }))));
    const slow = active.flat().filter(({ job }) => job.processedOn && now.getTime() - job.processedOn > seconds * 1000);
    return {
      key: 'long_running_job',
      severity: 'warning',
      active: slow.length > 0,
      value: slow.length,
      threshold: seconds,
      message: slow.length
        ? `Running longer than ${seconds} s: ${slow.map(({ queue, job }) => `${queue}/${job.name}#${job.id}`).join(', ')}`
        : 'No job runs too long',
      remediation:
        'Look at the job in Bull Board and the worker logs (jobId field); a vendor hang shows as timeouts. A job whose worker died is retried by BullMQ once its lock expires.',
    };
  }

  private async vendorServerErrors(now: Date): Promise<Condition> {
    const { ALERT_VENDOR_5XX_RATE: threshold, ALERT_VENDOR_WINDOW_MINUTES: minutes, ALERT_VENDOR_MIN_REQUESTS: minRequests } = this.config;
    const { requests, serverErrors } = await this.vendorCalls.totals(minutes, now.getTime());
    return rateCondition({
      key: 'vendor_5xx_rate',
      severity: 'warning',
      failed: serverErrors,
      total: requests,
      minimum: minRequests,
      threshold,
      message: (rate) => `${serverErrors} of ${requests} game platform requests in the last ${minutes} min answered 5xx or not at all (${rate})`,
      remediation:
        'The vendor is failing: the client retries and its breaker pauses calls. Check the vendor status; consider pausing the sync queue until it recovers, then retry failed jobs.',
    });
  }

  private async onboardingFailuresWaiting(now: Date): Promise<Condition> {
    const minutes = this.config.ALERT_ONBOARDING_WAIT_MINUTES;
    const waiting = await this.sync.onboardingFailuresWaiting(new Date(now.getTime() - minutes * MINUTE_MS));
    return {
      key: 'onboarding_failures_waiting',
      severity: 'warning',
      active: waiting.length > 0,
      value: waiting.length,
      threshold: minutes,
      message: waiting.length
        ? `${waiting.length} competitor(s) failed onboarding more than ${minutes} min ago, e.g. ${waiting
            .slice(0, 3)
            .map((c) => `${c.firstName} ${c.lastName}: ${c.gamePlatformSyncError}`)
            .join('; ')}`
        : 'No onboarding failure waiting',
      remediation: 'Fix the data named in the error (often a missing or duplicate email), then retry the competitor_onboard job or replay its dead letter.',
    };
  }

  private async rosterDrift(now: Date): Promise<Condition> {
    const { ALERT_ROSTER_DRIFT_THRESHOLD: threshold, ALERT_ROSTER_PENDING_MINUTES: minutes } = this.config;
    const [{ errors, stalePending }, lastRun] = await Promise.all([
      this.sync.rosterDrift(new Date(now.getTime() - minutes * MINUTE_MS)),
      this.prisma.gamePlatformSyncRun.findFirst({
        where: { dryRun: false, status: 'succeeded' },
        orderBy: { startedAt: 'desc' },
        select: { rosterDriftCount: true },
      }),
    ]);
    const reported = lastRun?.rosterDriftCount ?? 0;
    const drift = Math.max(errors + stalePending, reported);
    return {
      key: 'roster_drift',
      severity: 'warning',
      active: drift >= threshold,
      value: drift,
      threshold,
      message: `${errors} membership(s) in error, ${stalePending} pending for more than ${minutes} min; the last sync run counted ${reported} drifting`,
      remediation: "Retry the team_sync jobs of the affected teams (POST /admin/jobs/retry with type team_sync); the sync run's roster_drift lists the teams.",
    };
  }
}
