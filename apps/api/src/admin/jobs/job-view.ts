import { Job } from 'bullmq';
import { redactSecrets } from '@app/jobs';
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
