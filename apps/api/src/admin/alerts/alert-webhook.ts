import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { alertsConfig } from './alerts.config';
import { AlertView } from './alerts.dto';

export type AlertTransition = 'firing' | 'resolved';

const ATTEMPTS = 3;
const TIMEOUT_MS = 5_000;
const COLORS: Record<string, string> = { critical: '#d00000', warning: '#f2a900', resolved: '#2eb886' };

/** Posts alert transitions to ALERT_WEBHOOK_URL as Slack-compatible JSON (`text` + one attachment). */
@Injectable()
export class AlertWebhook {
  private readonly logger = new Logger(AlertWebhook.name);

  constructor(@Inject(alertsConfig.KEY) private readonly config: ConfigType<typeof alertsConfig>) {}

  get enabled(): boolean {
    return Boolean(this.config.ALERT_WEBHOOK_URL);
  }

  async send(transition: AlertTransition, alert: AlertView): Promise<void> {
    const url = this.config.ALERT_WEBHOOK_URL;
    if (!url) return;
    const body = JSON.stringify(slackMessage(transition, alert));
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      try {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (response.ok) return;
        throw new Error(`webhook answered ${response.status}`);
      } catch (error) {
        if (attempt === ATTEMPTS) {
          this.logger.error({ msg: 'alert notification not delivered', alert: alert.key, transition, err: error });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }
}

export function slackMessage(transition: AlertTransition, alert: AlertView) {
  const title = `[${transition === 'firing' ? 'FIRING' : 'RESOLVED'}] ${alert.severity} ${alert.key}`;
  return {
    text: `${title}: ${alert.message}`,
    attachments: [
      {
        color: COLORS[transition === 'resolved' ? 'resolved' : alert.severity],
        fields: [
          { title: 'Remediation', value: alert.remediation, short: false },
          { title: 'Runbook', value: alert.runbook, short: true },
          { title: 'Since', value: alert.since ?? '-', short: true },
        ],
      },
    ],
  };
}
