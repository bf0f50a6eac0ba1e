import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { FlashHealthService } from '@app/game-platform';
import type { Condition } from './condition';
import { alertsConfig } from './alerts.config';

const HOUR_MS = 60 * 60 * 1000;

/** The Flash CTF detection alerts: sentinels that cannot be read, and events some competitors were never read for. */
@Injectable()
export class FlashAlertConditions {
  constructor(
    private readonly flash: FlashHealthService,
    @Inject(alertsConfig.KEY) private readonly config: ConfigType<typeof alertsConfig>,
  ) {}

  all(now: Date): Promise<Condition[]> {
    return Promise.all([this.sentinelFailing(), this.progressUnread(now)]);
  }

  private async sentinelFailing(): Promise<Condition> {
    const threshold = this.config.ALERT_FLASH_SENTINEL_FAILED_RUNS;
    const streak = await this.flash.failedSentinelStreak(threshold);
    return {
      key: 'flash_sentinel_failing',
      severity: 'warning',
      active: streak >= threshold,
      value: streak,
      threshold,
      message: `The Flash CTF sentinel check read nobody in the latest ${streak} sync run(s)`,
      remediation:
        'Open GET /sync/runs: flash_detection.sentinels lists each candidate and its error. 404s mark accounts missing on the platform (re-onboard them: POST /competitors/{id}/game-platform/relink); other errors are vendor trouble (see vendor_5xx_rate). The safety net still reads everyone every GAME_PLATFORM_FLASH_FULL_SYNC_DAYS.',
    };
  }

  private async progressUnread(now: Date): Promise<Condition> {
    const hours = this.config.ALERT_FLASH_UNREAD_HOURS;
    const event = await this.flash.latestUnread(new Date(now.getTime() - hours * HOUR_MS));
    const unread = event?.unread ?? 0;
    return {
      key: 'flash_progress_unread',
      severity: 'warning',
      active: unread > 0,
      value: unread,
      threshold: hours,
      message: event
        ? `${unread} competitor(s) have no Flash CTF progress read since "${event.name}" began (known since ${event.knownSince.toISOString()}); ${event.missing} missing on the platform not counted`
        : 'No Flash CTF event known long enough to check',
      remediation:
        'Check that sync runs succeed and cover the rotation (GET /sync/freshness); competitors whose reads fail are listed in GET /admin/sync/errors. A manual run (POST /sync/runs) reads everyone not read since the newest detection.',
    };
  }
}
