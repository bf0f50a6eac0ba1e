import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { DeadLetterFilter, DeadLetterStore, JobName, JobPayload, JobQueueService, QueueName } from '@app/jobs';
import { JobDeadLetter } from '@app/persistence';
import { CoachScopeResolver } from '../coach-scope';
import { pageWindow } from '../../http/page.query';
import { deadLetterView } from './dead-letter-view';
import { DeadLetterFilterFields, DeadLetterListQuery, DeadLetterPage, PurgeDeadLettersBody, PurgeResult, ReplayResult } from './dead-letters.dto';

const isJobName = (name: string): name is JobName => (Object.values(JobName) as string[]).includes(name);
const isQueueName = (name: string): name is QueueName => (Object.values(QueueName) as string[]).includes(name);

@Injectable()
export class DeadLetterAdminService {
  constructor(
    private readonly store: DeadLetterStore,
    private readonly jobs: JobQueueService,
    private readonly coaches: CoachScopeResolver,
  ) {}

  async list(query: DeadLetterListQuery): Promise<DeadLetterPage> {
    const { skip, take } = pageWindow(query);
    const { items, total } = await this.store.list(await this.filterOf({ ...query, status: query.status ?? 'open' }), skip, take);
    return { items: items.map(deadLetterView), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Enqueues the job again through JobQueueService: fresh attempts, the type's retry policy and
   * de-duplication (a pending job with the same key absorbs the replay). The failed queue entry is
   * removed: the replay supersedes it.
   */
  async replay(id: string): Promise<ReplayResult> {
    const row = await this.find(id);
    if (row.resolvedAt) throw new ConflictException(`Dead letter ${id} is already resolved`);
    if (row.replayedAt) throw new ConflictException(`Dead letter ${id} was already replayed as job ${row.replayJobId}; wait for it or look at that job`);
    if (!isJobName(row.jobName)) throw new UnprocessableEntityException(`Job type "${row.jobName}" no longer exists; purge this dead letter instead`);
    const job = await this.jobs.enqueue(row.jobName, row.payload as unknown as JobPayload<typeof row.jobName>);
    await this.store.markReplayed(id, job.id!);
    await this.removeFailedEntry(row);
    return { deadLetterId: id, queue: row.queue, jobId: job.id! };
  }

  async purge(id: string): Promise<PurgeResult> {
    const row = await this.find(id);
    await this.removeFailedEntry(row);
    return { purged: await this.store.delete([id]) };
  }

  async purgeMany(filter: PurgeDeadLettersBody): Promise<PurgeResult> {
    const rows = await this.store.findMany({ ...(await this.filterOf(filter)), before: filter.before });
    for (const row of rows) await this.removeFailedEntry(row);
    return { purged: await this.store.delete(rows.map((row) => row.id)) };
  }

  private async filterOf(fields: DeadLetterFilterFields): Promise<DeadLetterFilter> {
    const scope = fields.coachId ? await this.coaches.resolve(fields.coachId) : undefined;
    return { queue: fields.queue, type: fields.type, status: fields.status ?? 'all', payloadIds: scope };
  }

  /** The queue entry of a handled dead letter goes too, unless someone already retried it in place. */
  private async removeFailedEntry(row: JobDeadLetter): Promise<void> {
    if (!isQueueName(row.queue)) return;
    const job = await this.jobs.queue(row.queue).getJob(row.jobId);
    if (job && job.timestamp === row.jobCreatedAt.getTime() && (await job.getState()) === 'failed') await job.remove();
  }

  private async find(id: string): Promise<JobDeadLetter> {
    const row = await this.store.get(id);
    if (!row) throw new NotFoundException(`No dead letter ${id}`);
    return row;
  }
}
