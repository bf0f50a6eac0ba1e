import { GamePlatformErrorCode, isTransientCode } from '../client';

const ADVICE: Partial<Record<GamePlatformErrorCode, string>> = {
  not_found:
    "The Game Platform no longer knows this competitor's account, so scores cannot be read: check the account on the platform, or clear the competitor's platform link and add them again",
  unauthorized: 'The Game Platform refused the integration credentials, so no scores are read: an administrator must check GAME_PLATFORM_API_TOKEN',
  forbidden: 'The Game Platform refused the integration credentials, so no scores are read: an administrator must check GAME_PLATFORM_API_TOKEN',
  validation:
    "The Game Platform rejected the score request for this competitor: check the competitor's platform account, or contact support if it keeps failing",
  bad_request:
    "The Game Platform rejected the score request for this competitor: check the competitor's platform account, or contact support if it keeps failing",
  invalid_response: 'The Game Platform answered with data that could not be read: the next sync retries; contact support if it keeps failing',
};

const UNAVAILABLE = 'The Game Platform was unavailable during the last score sync: the next sync retries on its own; nothing to do unless it keeps failing';

/**
 * An actionable sentence for a competitor's failed score sync. The sync stores its failure as
 * `code: vendor message` (competitor-fetch.ts); the vendor message is for logs, not for coaches.
 */
export function scoreSyncAdvice(storedError: string | null): string {
  const code = storedError?.split(':', 1)[0] as GamePlatformErrorCode | undefined;
  if (code && ADVICE[code]) return ADVICE[code];
  if (code && isTransientCode(code)) return UNAVAILABLE;
  return 'The last score sync of this competitor failed: the next sync retries on its own; contact support if it keeps failing';
}
