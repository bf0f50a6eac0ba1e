/**
 * The one failure type of a job: `message` is the job's failure reason as people read it (a team's
 * sync error, a competitor's onboarding error); `retryable` says whether another attempt may help.
 * Handlers throw it, or let any other error propagate (which is retried); the QueueProcessor alone
 * decides what a non-retryable failure means to the queue.
 */
export class JobFailure extends Error {
  override readonly name = 'JobFailure';

  constructor(
    message: string,
    readonly retryable: boolean,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
