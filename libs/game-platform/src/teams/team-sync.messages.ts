import { formatDetail, GamePlatformError, isGamePlatformError } from '../client';

export const MEMBER_MESSAGES = {
  notOnPlatform: 'Not on the Game Platform yet: add the competitor to the Game Platform first; the team syncs them once their account exists',
  waitingForSync: 'Waiting for the next team sync',
  accountMissing: 'The competitor\'s Game Platform account was not found on the platform: run "Add to Game Platform" for them again, then re-sync the team',
} as const;

/** A message a coach or an operator can act on, for a vendor failure while syncing a team. */
export function describeTeamSyncFailure(error: unknown, step: string): string {
  if (!isGamePlatformError(error)) return `Team sync failed while ${step}: ${error instanceof Error ? error.message : String(error)}`;
  return `${describeVendorError(error)} (while ${step})`;
}

function describeVendorError(error: GamePlatformError): string {
  switch (error.code) {
    case 'unavailable':
    case 'timeout':
    case 'network':
    case 'server_error':
    case 'invalid_response':
      return 'The Game Platform is not answering properly right now; the sync is retried automatically';
    case 'rate_limited':
      return 'The Game Platform asked us to slow down; the sync is retried automatically';
    case 'unauthorized':
    case 'forbidden':
      return 'The Game Platform refused our credentials: an operator must check GAME_PLATFORM_API_TOKEN';
    case 'conflict_email_taken':
      return "The coach's email is already registered on the Game Platform by another account: change the coach's email or contact support";
    case 'validation':
    case 'bad_request':
      return `The Game Platform refused the data: ${formatDetail(error.context.detail) || error.message}`;
    default:
      return `The Game Platform answered ${error.status ?? 'nothing'}: ${error.message}`;
  }
}

/** Whether trying again later may help (vendor outage, rate limit) as opposed to data that must be fixed first. */
export function isRetryable(error: unknown): boolean {
  return !isGamePlatformError(error) || error.retryable;
}
