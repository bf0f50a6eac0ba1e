import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { ConfigType } from '@nestjs/config';
import { WorkerHost } from '@nestjs/bullmq';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { CorrelationScope, DataVersion } from '@app/common';
import { QueueName } from '../job-names';
import { queueConfig } from '../queue.config';
import { JOB_DEFERRAL, JobDeferral } from './job-deferral';
import { JobFailure } from './job-failure';
import { JobHandlerRegistry } from './job-handler.registry';

/**
 * Base of the one processor per queue: hands each job to its @JobHandler inside a correlation
 * scope (job id in every log line) and logs the outcome; a failure while the app's JobDeferral
 * says to wait (the vendor's breaker is open) delays the job without spending an attempt, and a
 * JobFailure that is not retryable ends the job at once instead of spending its remaining attempts.
 * After every attempt, finished or failed part-way, the data version is replaced (coalesced: at most
 * once a second per process, each attempt's writes reached within a second, ADR 0036), so the API's
 * read cache does not keep serving answers computed before the job's writes.
 * Subclasses only add @Processor(queue).
 */
export abstract class QueueProcessor extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected abstract readonly queueName: QueueName;
  private readonly logger = new Logger(this.constructor.name);

  @Inject() private readonly registry!: JobHandlerRegistry;
  @Inject(queueConfig.KEY) private readonly config!: ConfigType<typeof queueConfig>;
  @Inject() private readonly moduleRef!: ModuleRef;
  @Inject() private readonly dataVersion!: DataVersion;
  private deferral?: JobDeferral;

  onApplicationBootstrap(): void {
    this.registry.assertHandled(this.queueName);
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
    try {
      this.deferral = this.moduleRef.get<JobDeferral>(JOB_DEFERRAL, { strict: false });
    } catch {
      this.deferral = undefined; // no deferral bound: every failure counts
    }
  }

  /**
   * Stop taking jobs and let the active ones finish while the database, Redis and vendor client are
   * still open: those close in onApplicationShutdown, which Nest runs after this.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
    await this.dataVersion.flush();
  }

  async process(job: Job, token?: string): Promise<unknown> {
    const handler = this.registry.handlerFor(job.name);
    return CorrelationScope.run({ jobId: job.id, jobName: job.name }, async () => {
      const started = Date.now();
      const attempt = job.attemptsMade + 1;
      try {
        const result = await handler(job.data, {
          jobId: job.id ?? '',
          attempt,
          maxAttempts: job.opts.attempts ?? 1,
          updateProgress: (progress) => job.updateProgress(progress),
        });
        this.logger.log({ msg: 'job completed', queue: this.queueName, attempt, durationMs: Date.now() - started });
        return result;
      } catch (error) {
        const deferMs = this.deferral?.deferMs() ?? null;
        if (deferMs !== null && token) {
          this.logger.warn({ msg: 'job deferred: a dependency is out', queue: this.queueName, attempt, deferMs, err: error });
          await job.moveToDelayed(Date.now() + deferMs, token);
          throw new DelayedError();
        }
        this.logger.warn({ msg: 'job failed', queue: this.queueName, attempt, durationMs: Date.now() - started, err: error });
        throw error instanceof JobFailure && !error.retryable ? new UnrecoverableError(error.message) : error;
      } finally {
        await this.dataVersion
          .bumpCoalesced()
          .catch((error: unknown) => this.logger.warn({ msg: 'data version not bumped after a job: Redis failed', err: error }));
      }
    });
  }
}

/** Every queue processor instance of the application. */
export function findQueueProcessors(discovery: DiscoveryService): QueueProcessor[] {
  return discovery
    .getProviders()
    .map((wrapper) => wrapper.instance as unknown)
    .filter((instance): instance is QueueProcessor => instance instanceof QueueProcessor);
}
