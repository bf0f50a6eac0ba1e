import { GamePlatformClient, isGamePlatformError } from '../client';
import { CompetitorOutcome, SyncTarget } from './sync-outcome';

/** Decides, once the run's Flash CTF sentinel check is done, whose Flash CTF progress this run reads. */
export type FlashPlan = (target: SyncTarget) => boolean;

/**
 * Reads one competitor from the vendor: ODL solves after (cursor - overlap), plus Flash CTF progress
 * when the run's flash plan asks for it. The ODL read starts before the plan is known. A vendor
 * failure becomes that competitor's outcome; a rejected plan (the sentinel check failed on our side)
 * is thrown, so it fails the run instead of being recorded on competitors.
 */
export async function fetchCompetitor(
  client: GamePlatformClient,
  target: SyncTarget,
  overlapSeconds: number,
  flashPlan: Promise<FlashPlan>,
): Promise<CompetitorOutcome> {
  const scoped = client.withContext({ competitorId: target.competitorId });
  const afterTimeUnix = target.odlWatermarkUnix === null ? undefined : target.odlWatermarkUnix - overlapSeconds;
  const odl = await scoped.getOdlScores({ synedUserId: target.synedUserId, afterTimeUnix }).then(
    (scores) => ({ scores }),
    (error: unknown) => ({ error }),
  );
  const syncFlash = (await flashPlan)(target);
  if ('error' in odl) return failed(target, odl.error);
  try {
    const flash = syncFlash ? await scoped.getFlashCtfProgress(target.synedUserId) : null;
    return {
      kind: 'fetched',
      target,
      metactfUserId: odl.scores.metactf_user_id ?? null,
      solves: odl.scores.challenge_solves,
      remoteAccessedUnix: odl.scores.last_accessed_unix ?? null,
      flashEvents: flash?.flash_ctfs ?? null,
    };
  } catch (error) {
    return failed(target, error);
  }
}

function failed(target: SyncTarget, error: unknown): CompetitorOutcome {
  return { kind: 'failed', target, error: describeFailure(error), notFound: isGamePlatformError(error, 'not_found') };
}

export function describeFailure(error: unknown): string {
  if (isGamePlatformError(error)) return `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
