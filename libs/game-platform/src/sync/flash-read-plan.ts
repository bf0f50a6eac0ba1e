import { createHash } from 'node:crypto';
import { SyncTarget } from './sync-outcome';

/** Why a competitor's Flash CTF progress is read in a run. */
export type FlashReadReason = 'first' | 'detection' | 'month' | 'safety_net';
export const FLASH_READ_REASONS: readonly FlashReadReason[] = ['first', 'detection', 'month', 'safety_net'];

export interface FlashReadContext {
  /** Competitors whose progress the run's sentinel check stored already. */
  storedBySentinels: ReadonlySet<string>;
  /** Newest detection of a Flash CTF event (any window, open or closed); null when none ever. */
  latestDetectionAt: Date | null;
  now: Date;
  fullSyncDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether (and why) a competitor's Flash CTF progress is read in this run: never read; not read
 * since the newest event detection (so every detected event gets every competitor read after its
 * own detection, whatever other windows are open); not read since the month began (events are
 * monthly); or not read since its own slot of the safety-net period came round.
 */
export function flashReadReason(target: SyncTarget, context: FlashReadContext): FlashReadReason | null {
  if (context.storedBySentinels.has(target.synedUserId)) return null;
  const last = target.lastFlashCtfSyncedAt;
  if (last === null) return 'first';
  if (context.latestDetectionAt && last < context.latestDetectionAt) return 'detection';
  if (last < monthStart(context.now)) return 'month';
  if (last < safetyNetSlot(target.synedUserId, context.now, context.fullSyncDays)) return 'safety_net';
  return null;
}

/** Start of the UTC month of `now`. */
export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/**
 * The latest instant at or before `now` of this competitor's safety-net slot. Each competitor has
 * a fixed offset in the period (a hash of its id), so one read per period per competitor is due at
 * evenly spread moments, whenever the competitors were first read.
 */
export function safetyNetSlot(synedUserId: string, now: Date, fullSyncDays: number): Date {
  const periodMs = fullSyncDays * DAY_MS;
  const offsetMs = createHash('sha256').update(synedUserId).digest().readUIntBE(0, 6) % periodMs;
  const t = now.getTime();
  return new Date(Math.floor((t - offsetMs) / periodMs) * periodMs + offsetMs);
}
