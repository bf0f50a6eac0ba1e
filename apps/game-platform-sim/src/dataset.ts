import { CHALLENGES } from './catalogue';
import type { SimFlashProgress, UserStatus } from './model';
import { Prng, hashString } from './prng';
import type { SimState } from './state';

export interface DatasetOptions {
  /** PRNG seed: the same seed, size and anchor give the same dataset. */
  seed: number;
  /** Number of seeded competitors (role user). */
  users: number;
  /** Inclusive range of ODL solves per seeded user. */
  solvesPerUser: readonly [number, number];
  /** Seeded solve timestamps spread over this many days before the anchor. */
  historyDays: number;
  /** Number of monthly Flash CTF events, ending with the anchor's month. */
  flashMonths: number;
  /** Unix time the history ends at (the simulator clock's "now" by default). */
  anchorUnix: number;
}

export const DEFAULT_SEED = 20241201;
/** Like the staging set the spec describes: a few dozen competitors. */
export const DEFAULT_USERS = 30;
export const DEFAULT_SOLVES_PER_USER: readonly [number, number] = [0, 40];

export interface SeededUserProfile {
  index: number;
  synedUserId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: 'user';
  status: UserStatus;
}

const FIRST_NAMES = [
  'Ava',
  'Liam',
  'Maya',
  'Noah',
  'Zoe',
  'Ethan',
  'Lena',
  'Omar',
  'Priya',
  'Diego',
  'Hana',
  'Felix',
  'Iris',
  'Jonah',
  'Kira',
  'Leo',
  'Mila',
  'Nico',
  'Rosa',
  'Sami',
] as const;
const LAST_NAMES = [
  'Nguyen',
  'Garcia',
  'Smith',
  'Okafor',
  'Kim',
  'Patel',
  'Rossi',
  'Novak',
  'Silva',
  'Haddad',
  'Larsen',
  'Mendez',
  'Chen',
  'Brooks',
  'Ivanova',
  'Tanaka',
  'Dubois',
  'Moreau',
  'Reyes',
  'Walsh',
] as const;

/** Stable UUID (version 4 layout) of seeded user `index`; independent of the seed. */
export function simulatedUserId(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`invalid seeded user index ${index}`);
  return `5eed0000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** Profile of seeded user `index`, so demo data can create a matching local competitor. */
export function seededUserProfile(index: number): SeededUserProfile {
  const hash = hashString(`user-${index}`);
  const firstName = FIRST_NAMES[hash % FIRST_NAMES.length];
  const lastName = LAST_NAMES[(hash >>> 8) % LAST_NAMES.length];
  const status: UserStatus = index % 50 === 49 ? 'disabled' : index % 10 === 7 ? 'pending_invite' : 'active';
  return {
    index,
    synedUserId: simulatedUserId(index),
    firstName,
    lastName,
    email: `${firstName}.${lastName}.${index}@students.example.test`.toLowerCase(),
    role: 'user',
    status,
  };
}

export function seededUserProfiles(count: number): SeededUserProfile[] {
  return Array.from({ length: count }, (_, index) => seededUserProfile(index));
}

function pickDistinctChallenges(rng: Prng, count: number): number[] {
  const picked = new Set<number>();
  while (picked.size < count) picked.add(CHALLENGES[Math.floor(rng.next() * CHALLENGES.length)].id);
  return [...picked];
}

/** First Saturday 16:00 UTC of a month (a negative month counts back into earlier years). */
function flashStartUnix(year: number, month: number): number {
  const first = new Date(Date.UTC(year, month, 1, 16));
  const daysToSaturday = (6 - first.getUTCDay() + 7) % 7;
  return Date.UTC(year, month, 1 + daysToSaturday, 16) / 1000;
}

function seedFlashEvents(state: SimState, rng: Prng, userIds: string[], options: DatasetOptions): void {
  const anchor = new Date(options.anchorUnix * 1000);
  for (let back = options.flashMonths - 1; back >= 0; back--) {
    const year = anchor.getUTCFullYear();
    const month = anchor.getUTCMonth() - back;
    const startedAtUnix = flashStartUnix(year, month);
    const label = new Date(startedAtUnix * 1000).toISOString().slice(0, 7);
    const event = state.addFlashEvent({
      // Some of the vendor's events carry no event_id at all.
      eventId: back % 3 === 1 ? undefined : `flash-${label}`,
      name: `Flash CTF ${label}`,
      description: back % 4 === 2 ? null : `Monthly Flash CTF of ${label}`,
      startedAtUnix,
      endedAtUnix: startedAtUnix + 86400,
    });
    if (startedAtUnix > options.anchorUnix) continue;
    const players: { id: string; progress: SimFlashProgress }[] = [];
    for (const id of userIds) {
      if (!rng.chance(0.35)) continue;
      const challengesSolved = rng.int(1, 12);
      players.push({ id, progress: { challengesSolved, score: challengesSolved * rng.int(50, 150), rank: null } });
    }
    players.sort((a, b) => b.progress.score - a.progress.score);
    players.forEach((player, i) => state.setFlashProgress(event.key, player.id, { ...player.progress, rank: i + 1 }));
  }
}

/** Fills an empty state with a deterministic population, history of solves and Flash CTF events. */
export function seedState(state: SimState, options: DatasetOptions): void {
  const rng = new Prng(options.seed);
  const [minSolves, maxSolves] = options.solvesPerUser;
  const historySeconds = Math.max(1, Math.round(options.historyDays * 86400));
  const pending: { userId: string; challengeId: number; timestampUnix: number; userIndex: number }[] = [];
  const userIds: string[] = [];

  for (let index = 0; index < options.users; index++) {
    const profile = seededUserProfile(index);
    const user = state.createUser(profile, profile.status);
    userIds.push(user.synedUserId);
    const count = Math.min(CHALLENGES.length, rng.int(minSolves, maxSolves));
    const timestamps = Array.from({ length: count }, () => options.anchorUnix - rng.int(0, historySeconds)).sort((a, b) => a - b);
    // Bursts: several solves of one user inside the same second.
    for (let i = 1; i < timestamps.length; i++) if (rng.chance(0.12)) timestamps[i] = timestamps[i - 1];
    const challengeIds = pickDistinctChallenges(rng, count);
    timestamps.forEach((timestampUnix, i) => pending.push({ userId: user.synedUserId, challengeId: challengeIds[i], timestampUnix, userIndex: index }));
    user.lastAccessedUnix =
      count > 0
        ? Math.min(options.anchorUnix, timestamps[count - 1] + rng.int(0, 3600))
        : rng.chance(0.5)
          ? null
          : options.anchorUnix - rng.int(0, historySeconds);
  }

  // Solve ids are global and grow with time, as the vendor assigns them on ingestion.
  pending.sort((a, b) => a.timestampUnix - b.timestampUnix || a.userIndex - b.userIndex);
  for (const solve of pending) state.appendSolve(solve.userId, solve.challengeId, solve.timestampUnix, solve.timestampUnix);

  seedFlashEvents(state, rng, userIds, options);
}
