import { IsInt, IsNotEmpty, IsString, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class MaintenanceEnv {
  /** Cron pattern (UTC) of the daily clean-up. */
  @IsString()
  @IsNotEmpty()
  MAINTENANCE_CLEANUP_CRON = '15 3 * * *';

  @ToNumber()
  @IsInt()
  @Min(1)
  SYNC_RUN_RETENTION_DAYS = 90;

  @ToNumber()
  @IsInt()
  @Min(1)
  AUDIT_LOG_RETENTION_DAYS = 365;

  /** Replayed or resolved dead letters older than this go; open ones stay until an admin handles them. */
  @ToNumber()
  @IsInt()
  @Min(1)
  DEAD_LETTER_RETENTION_DAYS = 30;
}

export const maintenanceConfig = validatedConfig('maintenance', MaintenanceEnv);
