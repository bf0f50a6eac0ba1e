import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { alertsConfig } from './alerts.config';
import { AlertsService } from './alerts.service';
import { AlertWebhook } from './alert-webhook';

/**
 * Push instead of pull: with ALERT_WEBHOOK_URL set, every API replica evaluates the alerts every
 * ALERT_EVALUATION_INTERVAL_SECONDS; AlertsService lets exactly one replica notify each transition.
 */
@Injectable()
export class AlertWatch implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AlertWatch.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly alerts: AlertsService,
    private readonly webhook: AlertWebhook,
    @Inject(alertsConfig.KEY) private readonly config: ConfigType<typeof alertsConfig>,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.webhook.enabled) return;
    this.timer = setInterval(() => {
      this.running ??= this.alerts
        .evaluate()
        .catch((error: unknown) => this.logger.warn({ msg: 'alert evaluation failed', err: error }))
        .finally(() => {
          this.running = null;
        });
    }, this.config.ALERT_EVALUATION_INTERVAL_SECONDS * 1000).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
