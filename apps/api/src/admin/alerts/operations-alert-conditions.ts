import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { SyncHealthService, VendorCallWindow } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { Condition, rateCondition } from './condition';
import { alertsConfig } from './alerts.config';

const MINUTE_MS = 60_000;

/**
 * The failure classes a run-level alert cannot see: competitors whose reads fail inside runs that
 * succeed, vendor 4xx (a revoked token, 404 for everyone), competitors past their tier's freshness
 * SLA, and dead letters nobody handled.
 */
@Injectable()
export class OperationsAlertConditions {
  constructor(
    private readonly sync: SyncHealthService,
    private readonly vendorCalls: VendorCallWindow,
    private readonly prisma: PrismaService,
    @Inject(alertsConfig.KEY) private readonly config: ConfigType<typeof alertsConfig>,
  ) {}

  async all(now: Date): Promise<Condition[]> {
    const vendor = await this.vendorCalls.totals(this.config.ALERT_VENDOR_WINDOW_MINUTES, now.getTime());
    const [competitorFailures, sla, deadLetters] = await Promise.all([this.competitorFailureRate(now), this.freshnessSla(), this.deadLettersOpen(now)]);
    return [competitorFailures, this.vendorAuthErrors(vendor), this.vendorClientErrors(vendor), sla, deadLetters];
  }

  /** seed 000 §6 "sync failure rate > 10 %", counted per competitor from last_result, not per run. */
  private async competitorFailureRate(now: Date): Promise<Condition> {
    const { ALERT_SYNC_FAILURE_RATE: threshold, ALERT_SYNC_FAILURE_WINDOW_HOURS: hours, ALERT_COMPETITOR_FAILURE_MIN: minimum } = this.config;
    const results = await this.sync.competitorResults(hours, now);
    const failed = results.find((row) => row.result === 'failure')?.count ?? 0;
    const attempted = results.reduce((sum, row) => sum + row.count, 0);
    return rateCondition({
      key: 'competitor_sync_failure_rate',
      severity: 'warning',
      failed,
      total: attempted,
      minimum,
      threshold,
      message: (rate) => `${failed} of ${attempted} competitors synced in the last ${hours} h failed their last sync (${rate})`,
      remediation:
        'List the failing competitors and their errors (GET /admin/sync/errors); one cause for all (401, 404) points at the vendor token or base URL.',
    });
  }

  private vendorAuthErrors({ authErrors, windowMinutes }: VendorCounts): Condition {
    return {
      key: 'vendor_auth_rejected',
      severity: 'critical',
      active: authErrors > 0,
      value: authErrors,
      threshold: 0,
      message: `${authErrors} game platform request(s) in the last ${windowMinutes} min were refused with 401/403: token revoked or wrong`,
      remediation: 'Rotate GAME_PLATFORM_API_TOKEN (prove the new one with npm run smoke:vendor), restart the workers, then retry the failed jobs.',
    };
  }

  private vendorClientErrors({ requests, clientErrors, windowMinutes }: VendorCounts): Condition {
    const { ALERT_VENDOR_4XX_RATE: threshold, ALERT_VENDOR_MIN_REQUESTS: minRequests } = this.config;
    return rateCondition({
      key: 'vendor_4xx_rate',
      severity: 'warning',
      failed: clientErrors,
      total: requests,
      minimum: minRequests,
      threshold,
      message: (rate) => `${clientErrors} of ${requests} game platform requests in the last ${windowMinutes} min answered 4xx (429 excluded) (${rate})`,
      remediation:
        'Read the errors of failed jobs and GET /admin/sync/errors: 404 for many users means a wrong GAME_PLATFORM_API_BASE_URL or accounts deleted on the platform; 400/409 are data to fix locally.',
    });
  }

  /** Competitors linked to the platform (not missing on it) with no successful sync within their tier's interval. */
  private async freshnessSla(): Promise<Condition> {
    const { ALERT_FRESHNESS_BREACH_SHARE: threshold } = this.config;
    const { linked, overdue } = await this.sync.pastFreshnessSla();
    return rateCondition({
      key: 'freshness_sla_breached',
      severity: 'warning',
      failed: overdue,
      total: linked,
      minimum: 1,
      threshold,
      message: (share) => `${overdue} of ${linked} competitors have no successful sync within their tier's interval (${share})`,
      remediation:
        'Check GET /sync/freshness and GET /sync/runs: runs skipped or failing, a paused sync queue, or a batch size too small for the competitor count (raise GAME_PLATFORM_SYNC_BATCH_SIZE).',
    });
  }

  private async deadLettersOpen(now: Date): Promise<Condition> {
    const minutes = this.config.ALERT_DEAD_LETTER_OPEN_MINUTES;
    const open = await this.prisma.jobDeadLetter.count({
      where: { replayedAt: null, resolvedAt: null, failedAt: { lt: new Date(now.getTime() - minutes * MINUTE_MS) } },
    });
    return {
      key: 'dead_letters_open',
      severity: 'warning',
      active: open > 0,
      value: open,
      threshold: minutes,
      message: `${open} dead letter(s) open for more than ${minutes} min`,
      remediation:
        'GET /admin/dead-letters: fix the cause named in failedReason, then replay (POST /admin/dead-letters/{id}/replay) or purge what is obsolete.',
    };
  }
}

type VendorCounts = Awaited<ReturnType<VendorCallWindow['totals']>>;
