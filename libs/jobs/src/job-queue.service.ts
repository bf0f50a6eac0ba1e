import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { Job, JobsOptions, Queue } from 'bullmq';
import { JOB_DEFINITIONS } from './job-definitions';
import { JobName, JobPayload, QueueName } from './job-names';

export interface EnqueueOptions {
  delayMs?: number;
  /**
   * Debounce: a newer add replaces the delayed job's payload and restarts its delay; an add while the
   * job is active queues one follow-up run (at most one active + one waiting per deduplication id).
   */
  debounce?: boolean;
}

/** The one way jobs enter the system: typed payloads, per-type retry policy and de-duplication. */
@Injectable()
export class JobQueueService {
  constructor(private readonly moduleRef: ModuleRef) {}

  queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: EnqueueOptions = {}): Promise<Job<JobPayload<N>>> {
    const definition = JOB_DEFINITIONS[name];
    const jobOptions: JobsOptions = {
      attempts: definition.attempts,
      backoff: { type: 'exponential', delay: definition.backoffMs, jitter: 0.2 },
      delay: options.delayMs,
    };
    const deduplicationId = definition.deduplicationId?.(payload);
    if (deduplicationId) {
      jobOptions.deduplication = options.debounce
        ? // keepLastIfActive: an add while the job runs is kept and run after it, never dropped nor run alongside.
          { id: deduplicationId, ttl: options.delayMs, extend: true, replace: true, keepLastIfActive: true }
        : { id: deduplicationId, keepLastIfActive: definition.followUpIfActive };
    }
    return this.queue(definition.queue).add(name, payload, jobOptions) as Promise<Job<JobPayload<N>>>;
  }

  /**
   * A recurring job (cron pattern, UTC). BullMQ job schedulers produce exactly one job per period
   * however many worker replicas call this, and upserting keeps re-deploys idempotent.
   */
  async schedule<N extends JobName>(name: N, pattern: string, payload: JobPayload<N>): Promise<void> {
    const definition = JOB_DEFINITIONS[name];
    await this.queue(definition.queue).upsertJobScheduler(
      name,
      { pattern, tz: 'UTC' },
      { name, data: payload, opts: { attempts: definition.attempts, backoff: { type: 'exponential', delay: definition.backoffMs } } },
    );
  }
}
