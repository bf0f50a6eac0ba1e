import { Injectable } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '@app/common';
import { PrismaService } from '@app/persistence';
import { JobQueueService } from '../job-queue.service';
import { QueueName } from '../job-names';

const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'failed', 'completed'] as const;

/** Queue depth per state, the processing switch and open dead letters, read from Redis/PostgreSQL at scrape time. */
@Injectable()
export class QueueMetricsCollector {
  constructor(jobs: JobQueueService, prisma: PrismaService, metrics: MetricsRegistry) {
    new Gauge({
      name: 'gps_queue_jobs',
      help: 'Jobs per queue and state (dead = open dead letters)',
      labelNames: ['queue', 'state'],
      registers: [metrics],
      async collect() {
        const [counts, dead] = await Promise.all([
          Promise.all(Object.values(QueueName).map(async (queue) => ({ queue, counts: await jobs.queue(queue).getJobCounts(...STATES) }))),
          prisma.jobDeadLetter.groupBy({ by: ['queue'], where: { replayedAt: null, resolvedAt: null }, _count: { _all: true } }),
        ]);
        this.reset();
        for (const { queue, counts: byState } of counts) {
          for (const state of STATES) this.set({ queue, state }, byState[state] ?? 0);
          this.set({ queue, state: 'dead' }, dead.find((row) => row.queue === queue)?._count._all ?? 0);
        }
      },
    });
    new Gauge({
      name: 'gps_queue_paused',
      help: '1 while an admin has paused the queue (no new job starts)',
      labelNames: ['queue'],
      registers: [metrics],
      async collect() {
        for (const queue of Object.values(QueueName)) this.set({ queue }, (await jobs.queue(queue).isPaused()) ? 1 : 0);
      },
    });
  }
}
