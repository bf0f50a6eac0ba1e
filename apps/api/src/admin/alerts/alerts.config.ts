import { IsInt, IsNumber, IsOptional, IsUrl, Max, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class AlertsEnv {
  /** Slack-compatible incoming webhook: each alert's firing and resolved are posted once (unset: no push). */
  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true }, { message: 'ALERT_WEBHOOK_URL must be an http(s) URL' })
  ALERT_WEBHOOK_URL?: string;

  /** With ALERT_WEBHOOK_URL set, every API replica evaluates the alerts this often (Redis decides who notifies). */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(3600)
  ALERT_EVALUATION_INTERVAL_SECONDS = 60;

  /** Sync failure rate (failed / finished live runs) above which the alert fires. */
  @ToNumber()
  @IsNumber()
  @Min(0)
  @Max(1)
  ALERT_SYNC_FAILURE_RATE = 0.1;

  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_SYNC_FAILURE_WINDOW_HOURS = 24;

  /** Fewer finished runs than this in the window: too little data, the rate alert stays quiet. */
  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_SYNC_FAILURE_MIN_RUNS = 5;

  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_NO_SUCCESS_HOURS = 12;

  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_CONSECUTIVE_FAILED_RUNS = 3;

  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_JOB_MAX_RUNTIME_SECONDS = 600;

  /** Share of vendor requests answered 5xx (or not at all) above which the alert fires. */
  @ToNumber()
  @IsNumber()
  @Min(0)
  @Max(1)
  ALERT_VENDOR_5XX_RATE = 0.05;

  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(360)
  ALERT_VENDOR_WINDOW_MINUTES = 15;

  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_VENDOR_MIN_REQUESTS = 20;

  /** A competitor whose onboarding failed and is still not on the platform after this long. */
  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_ONBOARDING_WAIT_MINUTES = 60;

  /** Drifting memberships (error, stale pending, or counted by the last sync run) at which the alert fires. */
  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_ROSTER_DRIFT_THRESHOLD = 1;

  /** A membership still pending on the platform after this long counts as drift. */
  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_ROSTER_PENDING_MINUTES = 60;

  /** Competitors attempted in the window below which the per-competitor failure rate stays quiet. */
  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_COMPETITOR_FAILURE_MIN = 5;

  /** Share of vendor requests answered 4xx (429 excluded) above which the alert fires. */
  @ToNumber()
  @IsNumber()
  @Min(0)
  @Max(1)
  ALERT_VENDOR_4XX_RATE = 0.1;

  /** Share of linked competitors past their tier's freshness interval above which the alert fires. */
  @ToNumber()
  @IsNumber()
  @Min(0)
  @Max(1)
  ALERT_FRESHNESS_BREACH_SHARE = 0.1;

  /** A dead letter neither replayed nor resolved after this long fires the alert. */
  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_DEAD_LETTER_OPEN_MINUTES = 60;

  /** The alert evaluation's PostgreSQL probe: no answer within this long fires database_unreachable. */
  @ToNumber()
  @IsInt()
  @Min(100)
  ALERT_DATABASE_PROBE_TIMEOUT_MS = 2000;

  /** Sync runs in a row whose Flash CTF sentinel check read nobody at which the alert fires. */
  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_FLASH_SENTINEL_FAILED_RUNS = 3;

  /** A Flash CTF event known this long while some competitors have no progress read since it began fires the alert. */
  @ToNumber()
  @IsInt()
  @Min(1)
  ALERT_FLASH_UNREAD_HOURS = 24;
}

export const alertsConfig = validatedConfig('alerts', AlertsEnv);
