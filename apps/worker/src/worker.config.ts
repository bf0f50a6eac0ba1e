import { IsInt, Max, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class WorkerEnv {
  /** The worker has no REST API; this port serves /health/live, /health/ready (and metrics). */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;
}

export const workerConfig = validatedConfig('worker', WorkerEnv);
