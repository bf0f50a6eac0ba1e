import { JobFailure } from '@app/jobs';
import { GamePlatformError, isGamePlatformError } from '../client';
import { IntegrationDisabledError } from '../integration';

export interface AttemptInfo {
  attempt: number;
  maxAttempts: number;
}

/** Turns whatever went wrong into a message a coach can act on (shown as is), and whether trying again may help. */
export function describeFailure(error: unknown, run: AttemptInfo): JobFailure {
  if (error instanceof JobFailure) return error;
  if (error instanceof IntegrationDisabledError) return new JobFailure(error.message, false, error);
  if (isGamePlatformError(error)) return vendorFailure(error, run);
  const lastTry = run.attempt >= run.maxAttempts;
  return new JobFailure(
    lastTry
      ? `An internal error stopped the request after ${run.attempt} attempts: retry later, or contact support if it keeps failing`
      : `An internal error interrupted the request (attempt ${run.attempt} of ${run.maxAttempts}): it is retried automatically`,
    true,
    error,
  );
}

function vendorFailure(error: GamePlatformError, run: AttemptInfo): JobFailure {
  const fail = (message: string, retryable = false) => new JobFailure(message, retryable, error);
  const detail = typeof error.context.detail === 'string' ? error.context.detail : undefined;
  switch (error.code) {
    case 'conflict_email_taken':
      return fail("The email is already registered on the Game Platform by another account: change the competitor's email or contact support");
    case 'validation':
    case 'bad_request':
      return fail(`The Game Platform rejected the competitor's details (${detail ?? error.message}): correct the profile, then retry`);
    case 'unauthorized':
    case 'forbidden':
      return fail('The Game Platform refused the integration credentials: an administrator must check GAME_PLATFORM_API_TOKEN, then retry');
    case 'not_found':
      return fail('The competitor has no account on the Game Platform any more: clear the error and add the competitor again, or contact support');
  }
  if (error.retryable) {
    return run.attempt >= run.maxAttempts
      ? fail(`The Game Platform was unavailable for all ${run.maxAttempts} attempts (${error.code}): retry later`, true)
      : fail(`The Game Platform is unavailable right now (${error.code}, attempt ${run.attempt} of ${run.maxAttempts}): it is retried automatically`, true);
  }
  return fail(`The Game Platform answered with an unexpected error (${error.code}): retry, or contact support if it keeps failing`);
}
