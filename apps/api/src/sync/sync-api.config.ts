import { IsOptional, IsString, MinLength } from 'class-validator';
import { validatedConfig } from '@app/common';

export class SyncApiEnv {
  /**
   * Shared secret external schedulers send in `x-internal-sync-secret` to POST /internal/sync.
   * Unset: the route refuses every call.
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'INTERNAL_SYNC_SECRET must be at least 16 characters' })
  INTERNAL_SYNC_SECRET?: string;
}

export const syncApiConfig = validatedConfig('syncApi', SyncApiEnv);
