import { Injectable } from '@nestjs/common';
import { Job } from 'bullmq';
import { Prisma, PrismaService } from '@app/persistence';
import { JobName, QueueName } from '../job-names';

export interface DeadLetterFilter {
  queue?: QueueName;
  type?: JobName;
  /** open: not yet replayed nor resolved; resolved: completed after a retry or replay; all. */
  status?: 'open' | 'replayed' | 'resolved' | 'all';
  /** Dead-lettered at or after. */
  since?: Date;
  /** Dead-lettered before. */
  before?: Date;
  /** Jobs whose payload names one of these ids (coach, competitor or team). */
  payloadIds?: { coachId?: string; competitorIds?: string[]; teamIds?: string[] };
}

/**
 * Jobs that exhausted their attempts, kept in PostgreSQL: durable across Redis flushes and queue
 * clean-ups, queryable by type, payload and date, covered by retention like every other table.
 */
@Injectable()
export class DeadLetterStore {
  constructor(private readonly prisma: PrismaService) {}

  /** Idempotent: the same queue entry failing again (after a manual retry) updates its row and reopens it. */
  async record(queue: string, job: Job): Promise<void> {
    const fields = fieldsOf(job);
    await this.prisma.jobDeadLetter.upsert({
      where: { queue_jobId_jobCreatedAt: { queue, jobId: job.id!, jobCreatedAt: new Date(job.timestamp) } },
      create: { queue, jobId: job.id!, jobCreatedAt: new Date(job.timestamp), ...fields },
      update: { ...fields, replayedAt: null, replayJobId: null, resolvedAt: null },
    });
  }

  /** Catch-up for failures whose live write was missed (crash, stalled-job failure): adds rows that do not exist yet. */
  async recordMissing(queue: string, jobs: Job[]): Promise<number> {
    const { count } = await this.prisma.jobDeadLetter.createMany({
      data: jobs.map((job) => ({ queue, jobId: job.id!, jobCreatedAt: new Date(job.timestamp), ...fieldsOf(job) })),
      skipDuplicates: true,
    });
    return count;
  }

  /** A job completed: the dead letter of that job (retried in place) or of the job it replays is resolved. */
  async resolveByCompletedJob(queue: string, jobId: string): Promise<number> {
    const { count } = await this.prisma.jobDeadLetter.updateMany({
      where: { queue, resolvedAt: null, OR: [{ jobId }, { replayJobId: jobId }] },
      data: { resolvedAt: new Date() },
    });
    return count;
  }

  async list(filter: DeadLetterFilter, skip: number, take: number) {
    const where = whereOf(filter);
    const [items, total] = await Promise.all([
      this.prisma.jobDeadLetter.findMany({ where, orderBy: { failedAt: 'desc' }, skip, take }),
      this.prisma.jobDeadLetter.count({ where }),
    ]);
    return { items, total };
  }

  findMany(filter: DeadLetterFilter) {
    return this.prisma.jobDeadLetter.findMany({ where: whereOf(filter), orderBy: { failedAt: 'desc' } });
  }

  get(id: string) {
    return this.prisma.jobDeadLetter.findUnique({ where: { id } });
  }

  async markReplayed(id: string, replayJobId: string): Promise<void> {
    await this.prisma.jobDeadLetter.update({ where: { id }, data: { replayedAt: new Date(), replayJobId, resolvedAt: null } });
  }

  async delete(ids: string[]): Promise<number> {
    const { count } = await this.prisma.jobDeadLetter.deleteMany({ where: { id: { in: ids } } });
    return count;
  }

  /** Retention: resolved or replayed rows older than the cut-off go; open ones stay until handled. */
  async deleteHandledBefore(cutoff: Date): Promise<number> {
    const { count } = await this.prisma.jobDeadLetter.deleteMany({
      where: { failedAt: { lt: cutoff }, OR: [{ resolvedAt: { not: null } }, { replayedAt: { not: null } }] },
    });
    return count;
  }
}

function fieldsOf(job: Job) {
  return {
    jobName: job.name,
    payload: (job.data ?? {}) as Prisma.InputJsonValue,
    failedReason: job.failedReason || 'unknown failure',
    stacktrace: job.stacktrace?.at(-1) ?? null,
    attemptsMade: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    failedAt: new Date(job.finishedOn ?? Date.now()),
  };
}

function whereOf(filter: DeadLetterFilter): Prisma.JobDeadLetterWhereInput {
  const and: Prisma.JobDeadLetterWhereInput[] = [];
  if (filter.queue) and.push({ queue: filter.queue });
  if (filter.type) and.push({ jobName: filter.type });
  if (filter.since) and.push({ failedAt: { gte: filter.since } });
  if (filter.before) and.push({ failedAt: { lt: filter.before } });
  if (filter.status === 'open') and.push({ replayedAt: null, resolvedAt: null });
  if (filter.status === 'replayed') and.push({ replayedAt: { not: null }, resolvedAt: null });
  if (filter.status === 'resolved') and.push({ resolvedAt: { not: null } });
  const ids = filter.payloadIds;
  if (ids) {
    and.push({
      OR: [
        ...(ids.coachId ? [{ payload: { path: ['coachId'], equals: ids.coachId } }] : []),
        ...(ids.competitorIds ?? []).map((id) => ({ payload: { path: ['competitorId'], equals: id } })),
        ...(ids.teamIds ?? []).map((id) => ({ payload: { path: ['teamId'], equals: id } })),
      ],
    });
  }
  return { AND: and };
}
