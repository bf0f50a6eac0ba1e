import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { Job, JobType } from 'bullmq';
import { DeadLetterStore, JOB_DEFINITIONS, JobName, JobQueueService, QueueName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { CoachScopeResolver, payloadInScope } from '../coach-scope';
import { deadLetterJobView } from '../dead-letters/dead-letter-view';
import { BulkRetryBody, JobDetailView, JobListQuery, JobPage, JobRef, JobState, TouchedJobs } from './jobs.dto';
import { jobDetailView, jobView, parkedJobView } from './job-view';

/** Listing scans at most this many jobs per queue and state: admin views, not exports. */
const SCAN_LIMIT = 5_000;

const BULL_STATES: Record<Exclude<JobState, 'dead' | 'parked'>, JobType[]> = {
  waiting: ['waiting', 'prioritized', 'waiting-children'],
  active: ['active'],
  delayed: ['delayed'],
  failed: ['failed'],
  completed: ['completed'],
};

/** Admin operations on queued jobs, all plain BullMQ operations (the same ones Bull Board performs). */
@Injectable()
export class JobAdminService {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly deadLetters: DeadLetterStore,
    private readonly coaches: CoachScopeResolver,
    private readonly prisma: PrismaService,
  ) {}

  async list(query: JobListQuery): Promise<JobPage> {
    const { page, pageSize } = query;
    if (query.state === 'dead') {
      const { items, total } = await this.deadLetters.list({ queue: query.queue, type: query.type, status: 'open' }, (page - 1) * pageSize, pageSize);
      return { items: items.map(deadLetterJobView), total, page, pageSize, truncated: false };
    }
    if (query.state === 'parked') {
      const where = { ...(query.queue && { queue: query.queue }), ...(query.type && { jobName: query.type }) };
      const [rows, total] = await Promise.all([
        this.prisma.parkedJob.findMany({ where, orderBy: { parkedAt: 'desc' }, skip: (page - 1) * pageSize, take: pageSize }),
        this.prisma.parkedJob.count({ where }),
      ]);
      return { items: rows.map(parkedJobView), total, page, pageSize, truncated: false };
    }
    const { jobs, truncated } = await this.scan(this.queuesFor(query.queue, query.type), BULL_STATES[query.state]);
    const matching = jobs.filter(({ job }) => !query.type || job.name === query.type).sort((a, b) => b.job.timestamp - a.job.timestamp);
    const items = matching.slice((page - 1) * pageSize, page * pageSize).map(({ queue, job }) => jobView(queue, job, query.state));
    return { items, total: matching.length, page, pageSize, truncated };
  }

  async get(ref: JobRef): Promise<JobDetailView> {
    const job = await this.find(ref);
    return jobDetailView(ref.queue, job, await job.getState());
  }

  async retry(ref: JobRef): Promise<TouchedJobs> {
    const job = await this.find(ref);
    const state = await job.getState();
    if (state !== 'failed') throw new ConflictException(`Job ${ref.id} is ${state}; only failed jobs can be retried`);
    await job.retry('failed');
    return { touched: 1, jobs: [ref] };
  }

  async discard(ref: JobRef): Promise<TouchedJobs> {
    const job = await this.find(ref);
    const state = await job.getState();
    if (state === 'active') throw new ConflictException(`Job ${ref.id} is running; pause its queue and wait for it to finish before discarding`);
    await job.remove();
    return { touched: 1, jobs: [ref] };
  }

  /** Retries every failed job matching all given criteria; the answer names each one. */
  async retryFailed(filter: BulkRetryBody): Promise<TouchedJobs> {
    const scope = filter.coachId ? await this.coaches.resolve(filter.coachId) : undefined;
    const { jobs } = await this.scan(this.queuesFor(filter.queue, filter.type), ['failed']);
    const matching = jobs.filter(
      ({ job }) =>
        (!filter.type || job.name === filter.type) &&
        (!filter.since || (job.finishedOn ?? job.timestamp) >= filter.since.getTime()) &&
        (!scope || payloadInScope(job.data, scope)),
    );
    const touched: JobRef[] = [];
    for (const { queue, job } of matching) {
      // A job retried meanwhile (Bull Board, another admin) is no longer failed: skip it rather than fail the batch.
      if ((await job.getState()) !== 'failed') continue;
      await job.retry('failed');
      touched.push({ queue, id: job.id! });
    }
    return { touched: touched.length, jobs: touched };
  }

  private queuesFor(queue?: QueueName, type?: JobName): QueueName[] {
    if (queue) return [queue];
    return type ? [JOB_DEFINITIONS[type].queue] : Object.values(QueueName);
  }

  private async scan(queues: QueueName[], states: JobType[]) {
    let truncated = false;
    const perQueue = await Promise.all(
      queues.map(async (queue) => {
        const found = (await this.jobs.queue(queue).getJobs(states, 0, SCAN_LIMIT - 1)).filter((job): job is Job => Boolean(job));
        truncated ||= found.length >= SCAN_LIMIT;
        return found.map((job) => ({ queue, job }));
      }),
    );
    return { jobs: perQueue.flat(), truncated };
  }

  private async find(ref: JobRef): Promise<Job> {
    const job = await this.jobs.queue(ref.queue).getJob(ref.id);
    if (!job) throw new NotFoundException(`No job ${ref.id} in queue ${ref.queue}`);
    return job;
  }
}
