import { Injectable } from '@nestjs/common';
import { JobQueueService } from '../job-queue.service';
import { QueueName } from '../job-names';

export interface QueueProcessingState {
  queue: QueueName;
  paused: boolean;
}

/**
 * The processing switch: BullMQ pause/resume is stored in Redis, so it holds for every worker
 * replica and survives restarts. Paused: no job starts; jobs already active run to the end.
 */
@Injectable()
export class ProcessingSwitch {
  constructor(private readonly jobs: JobQueueService) {}

  async states(queues: QueueName[] = Object.values(QueueName)): Promise<QueueProcessingState[]> {
    return Promise.all(queues.map(async (queue) => ({ queue, paused: await this.jobs.queue(queue).isPaused() })));
  }

  async pause(queues: QueueName[] = Object.values(QueueName)): Promise<QueueProcessingState[]> {
    await Promise.all(queues.map((queue) => this.jobs.queue(queue).pause()));
    return this.states(queues);
  }

  async resume(queues: QueueName[] = Object.values(QueueName)): Promise<QueueProcessingState[]> {
    await Promise.all(queues.map((queue) => this.jobs.queue(queue).resume()));
    return this.states(queues);
  }
}
