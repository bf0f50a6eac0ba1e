import { JobDeadLetter } from '@app/persistence';
import { redactSecrets } from '@app/jobs';
import { JobView } from '../jobs/jobs.dto';
import { DeadLetterView } from './dead-letters.dto';

/** A dead letter in the shape of a job listing row (state "dead"); its id is the dead letter's id. */
export function deadLetterJobView(row: JobDeadLetter): JobView {
  return {
    id: row.id,
    queue: row.queue,
    type: row.jobName,
    state: 'dead',
    payload: redactSecrets(row.payload),
    attemptsMade: row.attemptsMade,
    maxAttempts: row.maxAttempts,
    failedReason: row.failedReason,
    createdAt: row.jobCreatedAt.toISOString(),
    processedAt: null,
    finishedAt: row.failedAt.toISOString(),
    runAt: null,
  };
}

export function deadLetterView(row: JobDeadLetter): DeadLetterView {
  return {
    id: row.id,
    queue: row.queue,
    jobId: row.jobId,
    type: row.jobName,
    payload: redactSecrets(row.payload),
    failedReason: row.failedReason,
    attemptsMade: row.attemptsMade,
    maxAttempts: row.maxAttempts,
    failedAt: row.failedAt.toISOString(),
    replayedAt: row.replayedAt?.toISOString() ?? null,
    replayJobId: row.replayJobId,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
  };
}
