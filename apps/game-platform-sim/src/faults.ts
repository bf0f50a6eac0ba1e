import { Prng } from './prng';

/** Misbehaviour the simulator injects into contract calls (never into the control API). */
export interface FaultSettings {
  /** Added to every response, in milliseconds. */
  latencyMs?: number;
  /** Extra random latency in [0, jitterMs). */
  jitterMs?: number;
  /** Share of calls (0..1) answered with `errorStatus`. */
  errorRate?: number;
  /** Status of injected errors: 500 (text body, like an unhandled exception), 502, 503 or 504. */
  errorStatus?: 500 | 502 | 503 | 504;
  /** The next N calls fail with `errorStatus`, before `errorRate` applies. */
  failNext?: number;
  /** Share of calls (0..1) that never answer: the connection is dropped after `hangMs`. */
  timeoutRate?: number;
  /** The next N calls hang, before `timeoutRate` applies. */
  hangNext?: number;
  /** How long a hanging call is held open; default 60000 ms, longer than any client waits. */
  hangMs?: number;
  /** Accept at most N calls in any rolling second; the rest get 429 with Retry-After. */
  rateLimit?: { requestsPerSecond: number; retryAfterSeconds?: number } | null;
  /** Answer every call 503 for this many seconds (real time) from now. */
  outageSeconds?: number;
  /** Contract paths (e.g. "/scores/get_odl_scores") the faults apply to; all when omitted. */
  paths?: string[];
}

export type FaultDecision =
  | { kind: 'pass'; delayMs: number }
  | { kind: 'outage'; retryAfterSeconds: number }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'error'; status: number; delayMs: number }
  | { kind: 'hang'; hangMs: number };

const DEFAULT_HANG_MS = 60_000;

export class FaultInjector {
  private settings: FaultSettings = {};
  private outageUntilMs = 0;
  private failNext = 0;
  private hangNext = 0;
  /** Ring buffer of accepted-call times: at most `requestsPerSecond` of them within any second. */
  private accepted: number[] = [];
  private acceptedHead = 0;

  constructor(private readonly rng = new Prng(1)) {}

  /** Replaces every fault setting (omitted ones are cleared). */
  set(settings: FaultSettings): void {
    this.settings = { ...settings };
    this.failNext = settings.failNext ?? 0;
    this.hangNext = settings.hangNext ?? 0;
    this.outageUntilMs = settings.outageSeconds ? Date.now() + settings.outageSeconds * 1000 : 0;
    this.accepted = [];
    this.acceptedHead = 0;
  }

  clear(): void {
    this.set({});
  }

  current(): FaultSettings & { outageRemainingSeconds: number; failNextRemaining: number; hangNextRemaining: number } {
    return {
      ...this.settings,
      outageRemainingSeconds: Math.max(0, Math.ceil((this.outageUntilMs - Date.now()) / 1000)),
      failNextRemaining: this.failNext,
      hangNextRemaining: this.hangNext,
    };
  }

  decide(contractPath: string): FaultDecision {
    const s = this.settings;
    if (s.paths && !s.paths.includes(contractPath)) return { kind: 'pass', delayMs: 0 };
    const now = Date.now();
    if (now < this.outageUntilMs) {
      return { kind: 'outage', retryAfterSeconds: Math.ceil((this.outageUntilMs - now) / 1000) };
    }
    if (s.rateLimit && !this.admit(now, s.rateLimit.requestsPerSecond)) {
      return { kind: 'rate_limited', retryAfterSeconds: s.rateLimit.retryAfterSeconds ?? 1 };
    }
    if (this.hangNext > 0) {
      this.hangNext--;
      return { kind: 'hang', hangMs: s.hangMs ?? DEFAULT_HANG_MS };
    }
    if (s.timeoutRate && this.rng.chance(s.timeoutRate)) return { kind: 'hang', hangMs: s.hangMs ?? DEFAULT_HANG_MS };
    const delayMs = (s.latencyMs ?? 0) + (s.jitterMs ? this.rng.next() * s.jitterMs : 0);
    if (this.failNext > 0) {
      this.failNext--;
      return { kind: 'error', status: s.errorStatus ?? 500, delayMs };
    }
    if (s.errorRate && this.rng.chance(s.errorRate)) return { kind: 'error', status: s.errorStatus ?? 500, delayMs };
    return { kind: 'pass', delayMs };
  }

  private admit(nowMs: number, limit: number): boolean {
    if (limit <= 0) return false;
    if (this.accepted.length < limit) {
      this.accepted.push(nowMs);
      return true;
    }
    if (nowMs - this.accepted[this.acceptedHead] < 1000) return false;
    this.accepted[this.acceptedHead] = nowMs;
    this.acceptedHead = (this.acceptedHead + 1) % limit;
    return true;
  }
}

/** Calls received per "METHOD /contract/path" and per answered status ("timeout" for hung calls). */
export class CallCounters {
  private readonly counts = new Map<string, Map<string, number>>();
  private total = 0;

  record(route: string, status: number | 'timeout'): void {
    this.total++;
    let byStatus = this.counts.get(route);
    if (!byStatus) {
      byStatus = new Map();
      this.counts.set(route, byStatus);
    }
    const key = String(status);
    byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
  }

  snapshot(): CountersSnapshot {
    const byRoute: Record<string, Record<string, number>> = {};
    for (const [route, byStatus] of this.counts) byRoute[route] = Object.fromEntries(byStatus);
    return { total: this.total, byRoute };
  }

  reset(): void {
    this.counts.clear();
    this.total = 0;
  }
}

export interface CountersSnapshot {
  total: number;
  /** e.g. `{ "GET /scores/get_odl_scores": { "201": 12, "429": 3 } }` */
  byRoute: Record<string, Record<string, number>>;
}
