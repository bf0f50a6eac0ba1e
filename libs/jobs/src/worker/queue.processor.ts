import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { ConfigType } from '@nestjs/config';
import { WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { ExecutionContext } from '@app/common';
import { QueueName } from '../job-names';
import { queueConfig } from '../queue.config';
import { JobHandlerRegistry } from './job-handler.registry';

/**
 * Base of the one processor per queue: hands each job to its @JobHandler inside an execution
 * context (job id in every log line) and logs the outcome. Subclasses only add @Processor(queue).
 */
export abstract class QueueProcessor extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected abstract readonly queueName: QueueName;
  private readonly logger = new Logger(this.constructor.name);

  @Inject() private readonly registry!: JobHandlerRegistry;
  @Inject(queueConfig.KEY) private readonly config!: ConfigType<typeof queueConfig>;

  onApplicationBootstrap(): void {
    this.registry.assertHandled(this.queueName);
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  /**
   * Stop taking jobs and let the active ones finish while the database, Redis and vendor client are
   * still open: those close in onApplicationShutdown, which Nest runs after this.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  async process(job: Job): Promise<unknown> {
    const handler = this.registry.handlerFor(job.name);
    return ExecutionContext.run({ jobId: job.id, jobName: job.name }, async () => {
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
        this.logger.warn({ msg: 'job failed', queue: this.queueName, attempt, durationMs: Date.now() - started, err: error });
        throw error;
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
