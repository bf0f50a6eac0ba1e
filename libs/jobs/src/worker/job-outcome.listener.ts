import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Job } from 'bullmq';
import { Counter, Histogram } from 'prom-client';
import { CorrelationScope, MetricsRegistry } from '@app/common';
import { DeadLetterStore } from '../dead-letters/dead-letter.store';
import { findQueueProcessors } from './queue.processor';

type Outcome = 'completed' | 'retry_scheduled' | 'failed';

/**
 * Watches every queue processor's outcomes: a job that failed for good (attempts exhausted or a
 * non-retryable JobFailure: BullMQ then sets finishedOn) is written to the dead-letter store; a completed
 * job resolves its dead letter; durations and outcomes per job type go to Prometheus.
 */
@Injectable()
export class JobOutcomeListener implements OnApplicationBootstrap {
  private readonly logger = new Logger(JobOutcomeListener.name);
  private readonly duration: Histogram<'queue' | 'type' | 'outcome'>;
  private readonly outcomes: Counter<'queue' | 'type' | 'outcome'>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly deadLetters: DeadLetterStore,
    metrics: MetricsRegistry,
  ) {
    this.duration = new Histogram({
      name: 'gps_job_duration_seconds',
      help: 'Time a job attempt ran, by queue, job type and outcome',
      labelNames: ['queue', 'type', 'outcome'],
      buckets: [0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 600, 1800],
      registers: [metrics],
    });
    this.outcomes = new Counter({
      name: 'gps_job_attempts_total',
      help: 'Job attempts by queue, job type and outcome (completed, retry_scheduled, failed = dead-lettered)',
      labelNames: ['queue', 'type', 'outcome'],
      registers: [metrics],
    });
  }

  onApplicationBootstrap(): void {
    for (const processor of findQueueProcessors(this.discovery)) {
      const queue = processor.worker.name;
      processor.worker.on('completed', (job) => void this.onCompleted(queue, job));
      processor.worker.on('failed', (job) => job && void this.onFailed(queue, job));
    }
  }

  private async onCompleted(queue: string, job: Job): Promise<void> {
    this.observe(queue, job, 'completed');
    await this.guard(job, 'resolve dead letter', () => this.deadLetters.resolveByCompletedJob(queue, job.id!));
  }

  private async onFailed(queue: string, job: Job): Promise<void> {
    const final = Boolean(job.finishedOn);
    this.observe(queue, job, final ? 'failed' : 'retry_scheduled');
    if (!final) return;
    await this.guard(job, 'record dead letter', async () => {
      await this.deadLetters.record(queue, job);
      this.logger.error({ msg: 'job dead-lettered', queue, attempts: job.attemptsMade, reason: job.failedReason });
    });
  }

  private observe(queue: string, job: Job, outcome: Outcome): void {
    const labels = { queue, type: job.name, outcome };
    this.outcomes.inc(labels);
    if (job.processedOn) this.duration.observe(labels, ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000);
  }

  /** The failed job itself stays in BullMQ's failed set, and maintenance sweeps it in later if this write fails. */
  private async guard(job: Job, what: string, write: () => Promise<unknown>): Promise<void> {
    await CorrelationScope.run({ jobId: job.id, jobName: job.name }, async () => {
      try {
        await write();
      } catch (error) {
        this.logger.error({ msg: `could not ${what}`, err: error });
      }
    });
  }
}
