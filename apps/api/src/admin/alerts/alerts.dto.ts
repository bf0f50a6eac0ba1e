import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { ToBoolean } from '@app/common';

export const ALERT_KEYS = [
  'sync_failure_rate',
  'no_successful_sync',
  'consecutive_failed_runs',
  'long_running_job',
  'vendor_5xx_rate',
  'onboarding_failures_waiting',
  'roster_drift',
  'flash_sentinel_failing',
  'flash_progress_unread',
  'competitor_sync_failure_rate',
  'vendor_auth_rejected',
  'vendor_4xx_rate',
  'freshness_sla_breached',
  'dead_letters_open',
  'database_unreachable',
] as const;
export type AlertKey = (typeof ALERT_KEYS)[number];
export type Severity = 'critical' | 'warning';

export class AlertView {
  @ApiProperty({ enum: ALERT_KEYS }) key!: AlertKey;
  @ApiProperty({ enum: ['critical', 'warning'] }) severity!: Severity;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the condition was first seen active (cleared when it stops)' }) since!:
    string | null;
  @ApiProperty({ description: 'Measured value' }) value!: number;
  @ApiProperty({ description: 'Configured threshold' }) threshold!: number;
  @ApiProperty() message!: string;
  @ApiProperty({ description: 'What to do about it' }) remediation!: string;
  @ApiProperty({ description: 'Section of the operations runbook for this alert', example: 'docs/runbook.md#alert-vendor_auth_rejected' }) runbook!: string;
}

export class AlertsQuery {
  @ApiPropertyOptional({ default: false, description: 'Also list the conditions that are not firing' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean({ message: 'all must be true or false' })
  all = false;
}
