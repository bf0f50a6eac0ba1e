import { Job } from 'bullmq';
import { redactSecrets } from '@app/jobs';
import { ParkedJob } from '@app/persistence';
import { JobDetailView, JobView } from './jobs.dto';

const iso = (ms: number | undefined | null) => (ms ? new Date(ms).toISOString() : null);

export function jobView(queue: string, job: Job, state: string): JobView {
  return {
    id: job.id!,
    queue,
    type: job.name,
    state,
    payload: redactSecrets(job.data),
    attemptsMade: job.attemptsMade,
    maxAttempts: job.opts.attempts ?? 1,
    failedReason: job.failedReason || null,
    createdAt: new Date(job.timestamp).toISOString(),
    processedAt: iso(job.processedOn),
    finishedAt: iso(job.finishedOn),
    runAt: state === 'delayed' ? iso(job.timestamp + (job.delay ?? 0)) : null,
  };
}

export function jobDetailView(queue: string, job: Job, state: string): JobDetailView {
  return { ...jobView(queue, job, state), stacktrace: job.stacktrace ?? [] };
}

/** A parked job (parked_jobs row) as a listing row: the queue job it came from completed without running. */
export function parkedJobView(row: ParkedJob): JobView {
  return {
    id: row.jobId,
    queue: row.queue,
    type: row.jobName,
    state: 'parked',
    payload: redactSecrets(row.payload),
    attemptsMade: 0,
    maxAttempts: 0,
    failedReason: null,
    createdAt: row.parkedAt.toISOString(),
    processedAt: row.parkedAt.toISOString(),
    finishedAt: null,
    runAt: null,
    parkedReason: row.reason,
  };
}
