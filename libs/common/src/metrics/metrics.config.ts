import { IsOptional, IsString, MinLength } from 'class-validator';
import { validatedConfig } from '../config/validated-config';

export class MetricsEnv {
  /**
   * When set, GET /metrics needs "Authorization: Bearer <METRICS_TOKEN>"; when unset it is public
   * (keep the port private then: scrape from inside the cluster).
   */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
}

export const metricsConfig = validatedConfig('metrics', MetricsEnv);
