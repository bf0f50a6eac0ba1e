import type Redis from 'ioredis';
import { performance } from 'node:perf_hooks';
import { RateLimitOptions } from './game-platform-client.options';
import { ACQUIRE_SCRIPT, PENALIZE_SCRIPT, RECOVER_SCRIPT } from './rate-limiter.scripts';

interface LimiterCommands {
  gpRateAcquire(key: string, configured: number, burst: number, ttlMs: number, count: number): Promise<[number, number, string]>;
  gpRatePenalize(key: string, configured: number, minRate: number, holdUs: number, spacingUs: number, ttlMs: number): Promise<string>;
  gpRateRecover(key: string, configured: number, step: number): Promise<string>;
}

/** State outlives idle periods long enough to remember a lowered rate, then resets to the configured one. */
const STATE_TTL_MS = 10 * 60 * 1000;
/** 429s closer together than this lower the rate once: they are usually the same overload seen by several processes. */
const PENALTY_SPACING_US = 1_000_000;
/** Most slots one Redis round trip reserves for requests waiting together. */
const MAX_SLOTS_PER_RESERVATION = 64;
/**
 * A request that waited for its slot but woke up later than this (its process was stalled, e.g. by a
 * full garbage collection) takes a new slot instead of going out together with the requests of the slots
 * after it: a stall must not turn into a burst that the vendor counts against its limit. Shorter delays
 * are ordinary timer jitter on a busy machine and go out as they are.
 */
const STALL_MS = 50;
/** Slots given up in a row before a request goes out anyway: a process that is always late still progresses. */
const MAX_MISSED_SLOTS = 3;
/**
 * How much closer than 1/rate two requests of this process may leave: timer granularity. Requests whose
 * slots came due together (woken late by a busy event loop) leave one interval apart, not at once, so
 * this process never sends more than rate × W + 1 requests in any window W, give or take this much.
 */
const PACING_TOLERANCE_MS = 2;
/**
 * How far this process's pacing schedule lets a request fall behind its slot and still be caught up
 * (see pace()): timer lateness on a busy event loop stays within it, so it no longer slows the rate
 * down; in any window W this process sends at most rate × (W + this + PACING_TOLERANCE_MS) + 1 requests.
 */
const PACING_CATCH_UP_MS = 10;

/** A reserved slot: when it is due, on this process's performance clock (ms), and whether it was spaced out (not burst allowance). */
interface Slot {
  dueAt: number;
  spaced: boolean;
}

interface SlotRequest {
  resolve(slot: Slot): void;
  reject(error: unknown): void;
}

export interface RateLimiterStats {
  acquired: number;
  /** Acquisitions that had to wait for a slot, and the total time waited. */
  waits: number;
  waitedMs: number;
  /** Slots given up because this process woke up too late for them (see STALL_MS). */
  missedSlots: number;
  penalties: number;
  /** Effective rate seen at the last acquisition (lower than configured after a 429). */
  effectiveRps: number;
}

/**
 * Outbound rate limit shared by every process through Redis (GCRA, atomic Lua), adaptive: a 429 halves
 * the shared rate and pauses everyone for Retry-After; successes win the rate back step by step.
 */
export class RedisRateLimiter {
  private readonly commands: LimiterCommands;
  private readonly counters: RateLimiterStats;
  private readonly redisClock = new ClockOffset();
  private waiting: SlotRequest[] = [];
  private reserving = false;
  /** This process's own pacing schedule (performance clock, ms): its next slot, and when its last request left. */
  private nextSlotAt = 0;
  private lastSentAt = -Infinity;

  constructor(
    redis: Redis,
    private readonly options: RateLimitOptions,
  ) {
    redis.defineCommand('gpRateAcquire', { numberOfKeys: 1, lua: ACQUIRE_SCRIPT });
    redis.defineCommand('gpRatePenalize', { numberOfKeys: 1, lua: PENALIZE_SCRIPT });
    redis.defineCommand('gpRateRecover', { numberOfKeys: 1, lua: RECOVER_SCRIPT });
    this.commands = redis as unknown as LimiterCommands;
    this.counters = { acquired: 0, waits: 0, waitedMs: 0, missedSlots: 0, penalties: 0, effectiveRps: options.requestsPerSecond };
  }

  /** Reserves the next shared slot and resolves when it is due; returns the milliseconds waited. */
  async acquire(signal?: AbortSignal): Promise<number> {
    const started = performance.now();
    for (let missed = 0; ; missed++) {
      const { dueAt, spaced } = await this.reserveSlot();
      const waitMs = Math.ceil(dueAt - performance.now());
      if (waitMs > 0) await sleep(waitMs, signal);
      if (!spaced || performance.now() - dueAt <= STALL_MS || missed + 1 >= MAX_MISSED_SLOTS) break;
      this.counters.missedSlots += 1;
    }
    await this.pace(signal);
    const waitedMs = Math.round(performance.now() - started);
    this.counters.acquired += 1;
    if (waitedMs > 0) {
      this.counters.waits += 1;
      this.counters.waitedMs += waitedMs;
    }
    return waitedMs;
  }

  /**
   * Spaces this process's requests at least 1/rate apart (burst allowance and PACING_TOLERANCE_MS
   * aside), in the order they are ready to leave. Shared slots are 1/rate apart already; this keeps
   * the requests whose slots a late wake-up made due together from leaving as a burst.
   *
   * The spacing follows a schedule of its own that advances from its previous slot, not from when a
   * request actually left: a request up to PACING_CATCH_UP_MS late (a timer firing late on a busy event
   * loop) does not push every later one back, and the ones after it catch up, never closer together
   * than 1/rate less the tolerance. Lateness beyond that is not made up.
   */
  private async pace(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const intervalMs = 1000 / this.counters.effectiveRps;
      const toleranceMs = Math.max(PACING_TOLERANCE_MS, (this.options.burst - 1) * intervalMs);
      // Checked when the request is about to leave, not planned ahead: a timer that fires late must not
      // let it leave right behind the one before.
      const now = performance.now();
      const waitMs = Math.max(this.nextSlotAt, this.lastSentAt + intervalMs) - toleranceMs - now;
      if (waitMs <= 0) {
        this.nextSlotAt = Math.max(this.nextSlotAt, now - PACING_CATCH_UP_MS) + intervalMs;
        this.lastSentAt = now;
        return;
      }
      await sleep(Math.ceil(waitMs), signal);
    }
  }

  /**
   * The due time of a slot of our own. Requests arriving while a reservation is on its way to Redis
   * are reserved together by the next one: one round trip per group, the same slots as one by one.
   */
  private reserveSlot(): Promise<Slot> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.reserving) void this.reserveWaiting();
    });
  }

  private async reserveWaiting(): Promise<void> {
    this.reserving = true;
    const { key, requestsPerSecond, burst } = this.options;
    while (this.waiting.length > 0) {
      const group = this.waiting.splice(0, MAX_SLOTS_PER_RESERVATION);
      const sentAt = performance.now();
      try {
        const [offsetUs, redisNowUs, rate] = await this.commands.gpRateAcquire(key, requestsPerSecond, burst, STATE_TTL_MS, group.length);
        // Slots are placed on Redis's clock, not counted from when we asked: the round trip varies, the clock does not.
        const redisNow = this.redisClock.observe(redisNowUs / 1000, sentAt, performance.now());
        this.counters.effectiveRps = Number(rate);
        const intervalUs = 1_000_000 / this.counters.effectiveRps;
        group.forEach((slot, i) => {
          const offset = offsetUs + i * intervalUs;
          slot.resolve({ dueAt: redisNow + Math.max(0, offset) / 1000, spaced: offset > 0 });
        });
      } catch (error) {
        group.forEach((slot) => slot.reject(error));
      }
    }
    this.reserving = false;
  }

  /** The vendor answered 429: slow every process down and hold them for `retryAfterMs`. */
  async penalize(retryAfterMs = 0): Promise<void> {
    const { key, requestsPerSecond, minRequestsPerSecond } = this.options;
    const rate = await this.commands.gpRatePenalize(
      key,
      requestsPerSecond,
      minRequestsPerSecond,
      Math.round(retryAfterMs * 1000),
      PENALTY_SPACING_US,
      STATE_TTL_MS,
    );
    this.counters.penalties += 1;
    this.counters.effectiveRps = Number(rate);
  }

  /** A request succeeded: regain part of the rate if a 429 lowered it (no Redis call otherwise). */
  async recordSuccess(): Promise<void> {
    if (this.counters.effectiveRps >= this.options.requestsPerSecond) return;
    const { key, requestsPerSecond, recoveryStep } = this.options;
    this.counters.effectiveRps = Number(await this.commands.gpRateRecover(key, requestsPerSecond, recoveryStep));
  }

  stats(): RateLimiterStats {
    return { ...this.counters };
  }
}

/**
 * Redis's clock on this process's performance clock. Every reply read at Redis time T, between our
 * `sentAt` and `receivedAt`, bounds the offset between the clocks to [T − receivedAt, T − sentAt]; the
 * estimate moves only as far as a reply proves it wrong, so it converges to the tightest round trip
 * seen and follows slow drift, while the jitter of individual round trips stays out of it.
 */
class ClockOffset {
  private offsetMs: number | null = null;

  /** Records one reply; answers its Redis time `redisMs` on the performance clock. */
  observe(redisMs: number, sentAt: number, receivedAt: number): number {
    const low = redisMs - receivedAt;
    const high = redisMs - sentAt;
    this.offsetMs = this.offsetMs === null ? (low + high) / 2 : Math.min(high, Math.max(low, this.offsetMs));
    return redisMs - this.offsetMs;
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
