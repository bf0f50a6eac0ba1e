import { ChallengeSolveDto, FlashCtfEventDto } from '../client';

/** A competitor the run syncs, with the sync state it starts from. */
export interface SyncTarget {
  competitorId: string;
  synedUserId: string;
  /** Newest solve timestamp stored (vendor time, seconds); null before the first sync. */
  odlWatermarkUnix: number | null;
  /** When its Flash CTF progress was last stored; null if never (the run's flash plan decides from it). */
  lastFlashCtfSyncedAt: Date | null;
}

/** What the vendor said about one competitor. */
export interface FetchedCompetitor {
  kind: 'fetched';
  target: SyncTarget;
  metactfUserId: number | null;
  solves: ChallengeSolveDto[];
  remoteAccessedUnix: number | null;
  /** Present when Flash CTF progress was read. */
  flashEvents: FlashCtfEventDto[] | null;
}

export interface FailedCompetitor {
  kind: 'failed';
  target: SyncTarget;
  error: string;
  /** The vendor answered 404: the platform account may be gone. */
  notFound: boolean;
}

export type CompetitorOutcome = FetchedCompetitor | FailedCompetitor;
