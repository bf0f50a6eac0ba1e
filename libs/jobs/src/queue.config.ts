import { IsInt, Max, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class QueueEnv {
  /** Completed jobs are removed after this many days (failed jobs are kept until handled). */
  @ToNumber()
  @IsInt()
  @Min(1)
  QUEUE_COMPLETED_RETENTION_DAYS = 14;

  /** Jobs one worker process runs at once, per queue. */
  @ToNumber()
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY = 5;

  /** How often each worker checks the recurring job schedules in Redis and puts back a missing or changed one. */
  @ToNumber()
  @IsInt()
  @Min(1000)
  SCHEDULE_RECONCILE_INTERVAL_MS = 30_000;
}

export const queueConfig = validatedConfig('queue', QueueEnv);
