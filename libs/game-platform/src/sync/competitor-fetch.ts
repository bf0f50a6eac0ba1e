import { GamePlatformClient, isGamePlatformError } from '../client';
import { CompetitorOutcome, SyncTarget } from './sync-outcome';

/**
 * Reads one competitor from the vendor: ODL solves after (cursor - overlap), plus Flash CTF progress
 * when the run asks for it. Never throws: a failure becomes that competitor's outcome.
 */
export async function fetchCompetitor(client: GamePlatformClient, target: SyncTarget, overlapSeconds: number): Promise<CompetitorOutcome> {
  const scoped = client.withContext({ competitorId: target.competitorId });
  try {
    const afterTimeUnix = target.odlWatermarkUnix === null ? undefined : target.odlWatermarkUnix - overlapSeconds;
    const scores = await scoped.getOdlScores({ synedUserId: target.synedUserId, afterTimeUnix });
    const flash = target.syncFlash ? await scoped.getFlashCtfProgress(target.synedUserId) : null;
    return {
      kind: 'fetched',
      target,
      metactfUserId: scores.metactf_user_id ?? null,
      solves: scores.challenge_solves,
      remoteAccessedUnix: scores.last_accessed_unix ?? null,
      flashEvents: flash?.flash_ctfs ?? null,
    };
  } catch (error) {
    return { kind: 'failed', target, error: describeFailure(error) };
  }
}

export function describeFailure(error: unknown): string {
  if (isGamePlatformError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
