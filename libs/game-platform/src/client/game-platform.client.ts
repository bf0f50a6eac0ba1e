import { Logger, LoggerService, LogLevel } from '@nestjs/common';
import { CircuitState, TaskCancelledError } from 'cockatiel';
import type Redis from 'ioredis';
import { performance } from 'node:perf_hooks';
import { CorrelationScope } from '@app/common';
import { CallCounter, VendorCallEvent, VendorCallListener } from './call-telemetry';
import { GamePlatformClientOptions } from './game-platform-client.options';
import { CallContext, GamePlatformError, isGamePlatformError } from './game-platform.error';
import { RateLimiterStats, RedisRateLimiter } from './rate-limiter';
import { BrokenCircuitError, buildPolicies, ResiliencePolicies } from './resilience';
import { parseVendorResponse } from './response-parser';
import type {
  AssignmentDto,
  FlashCtfProgressDto,
  OdlScoresDto,
  StatusDto,
  TeamAssignmentsDto,
  TeamCreate,
  TeamDto,
  UserCreate,
  UserDto,
} from './vendor-records';
import { errorFromResponse } from './vendor-errors';

export interface CallOptions {
  signal?: AbortSignal;
  context?: CallContext;
}

export interface EnsureUserResult {
  user: UserDto;
  alreadyExisted: boolean;
}

/**
 * The contract has no team lookup, so a team that already existed comes back without its vendor ids
 * (`team: null`): callers keep the metactf ids stored when they created it.
 */
export type EnsureTeamResult = { alreadyExisted: false; synedTeamId: string; team: TeamDto } | { alreadyExisted: true; synedTeamId: string; team: null };

export interface GamePlatformClientStats {
  totals: CallCounter;
  rateLimiter: RateLimiterStats;
  circuit: 'closed' | 'open' | 'half_open' | 'isolated';
}

/** One vendor operation; its answer is checked against the contract's schema of `method path`. */
interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

type Query = RequestSpec['query'];

const CIRCUIT_NAMES = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half_open',
  [CircuitState.Isolated]: 'isolated',
} as const;

/** Shared by a client and every scoped view of it: connection, policies, limiter, listeners, totals. */
class VendorTransport {
  readonly #getHeaders: Record<string, string>;
  readonly #postHeaders: Record<string, string>;
  readonly baseUrl: string;
  readonly policies: ResiliencePolicies;
  readonly limiter: RedisRateLimiter;
  readonly listeners = new Set<VendorCallListener>();
  readonly totals = new CallCounter();

  constructor(
    readonly options: GamePlatformClientOptions,
    redis: Redis,
    readonly logger: LoggerService,
  ) {
    this.#getHeaders = { authorization: `Bearer ${options.token}`, accept: 'application/json' };
    this.#postHeaders = { ...this.#getHeaders, 'content-type': 'application/json' };
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.policies = buildPolicies(options);
    this.limiter = new RedisRateLimiter(redis, options.rateLimit);
  }

  /** Shared by every request (fetch copies them); never mutated. */
  headers(hasBody: boolean): Record<string, string> {
    return hasBody ? this.#postHeaders : this.#getHeaders;
  }

  /** Whether the logger would write at `level`, so a line nobody reads is not built on every request. */
  logs(level: LogLevel): boolean {
    // A Nest Logger writes through the application's logger; ask that one.
    const target = this.logger instanceof Logger ? this.logger.localInstance : this.logger;
    const check = (target as { isLevelEnabled?: (level: LogLevel) => boolean } | undefined)?.isLevelEnabled;
    if (check) return check.call(target, level);
    return this.logger instanceof Logger ? Logger.isLevelEnabled(level) : true;
  }
}

/**
 * Client of the game platform's SynED integration API (contract: libs/game-platform/contract/openapi.yaml).
 * Every call goes through the shared Redis rate limit, a circuit breaker and bounded retries;
 * answers are validated against the contract and keep their raw payload.
 */
export class GamePlatformClient {
  private readonly transport: VendorTransport;
  private scopeContext: CallContext = {};
  private counters: CallCounter[] = [];

  constructor(options: GamePlatformClientOptions, redis: Redis, logger: LoggerService = new Logger(GamePlatformClient.name)) {
    this.transport = new VendorTransport(options, redis, logger);
    this.counters = [this.transport.totals];
  }

  /**
   * A view of this client whose calls carry `context` and are also counted in `counter`
   * (fresh by default); it shares the limiter, breaker and listeners with this client.
   */
  withContext(context: CallContext, counter: CallCounter = new CallCounter()): GamePlatformClient {
    // A prototype-linked view: same methods and transport, own context and counters.
    const view = Object.create(this) as GamePlatformClient;
    view.scopeContext = { ...this.scopeContext, ...context };
    view.counters = [...this.counters, counter];
    return view;
  }

  /** Counters of this view (the client's totals for an unscoped client). */
  get counter(): CallCounter {
    return this.counters[this.counters.length - 1];
  }

  /** HTTP requests this view has sent to the vendor, retries included. */
  get callCount(): number {
    return this.counter.requests;
  }

  /** Subscribes to one event per HTTP request; returns the unsubscribe function. */
  onCall(listener: VendorCallListener): () => void {
    this.transport.listeners.add(listener);
    return () => this.transport.listeners.delete(listener);
  }

  stats(): GamePlatformClientStats {
    return {
      totals: this.transport.totals,
      rateLimiter: this.transport.limiter.stats(),
      circuit: CIRCUIT_NAMES[this.transport.policies.breaker.state],
    };
  }

  ping(options?: CallOptions): Promise<StatusDto> {
    return this.request({ method: 'GET', path: '/' }, options);
  }

  getUser(synedUserId: string, options?: CallOptions): Promise<UserDto> {
    return this.request({ method: 'GET', path: '/users', query: { syned_user_id: synedUserId } }, options);
  }

  createUser(user: UserCreate, options?: CallOptions): Promise<UserDto> {
    return this.request({ method: 'POST', path: '/users', body: user }, options);
  }

  sendPasswordReset(synedUserId: string, options?: CallOptions): Promise<StatusDto> {
    return this.request({ method: 'POST', path: '/auth/send_password_reset_email', body: { syned_user_id: synedUserId } }, options);
  }

  createTeam(team: TeamCreate, options?: CallOptions): Promise<TeamDto> {
    return this.request({ method: 'POST', path: '/teams', body: team }, options);
  }

  /** Only succeeds on a team without members (409 conflict_team_has_members otherwise). */
  deleteTeam(synedTeamId: string, options?: CallOptions): Promise<StatusDto> {
    return this.request({ method: 'POST', path: '/teams/delete', body: { syned_team_id: synedTeamId } }, options);
  }

  /** Puts a user on a team (moving them from any other); `synedTeamId: null` takes them off their team. */
  assignMember(assignment: { synedUserId: string; synedTeamId: string | null }, options?: CallOptions): Promise<AssignmentDto> {
    const body = { syned_user_id: assignment.synedUserId, syned_team_id: assignment.synedTeamId };
    return this.request({ method: 'POST', path: '/users/assign_team', body }, options);
  }

  unassignMember(synedUserId: string, options?: CallOptions): Promise<AssignmentDto> {
    return this.assignMember({ synedUserId, synedTeamId: null }, options);
  }

  /** Assignments of one team, or of every team of the integration when no team is given. */
  getTeamAssignments(filter: { synedTeamId?: string } = {}, options?: CallOptions): Promise<TeamAssignmentsDto> {
    const query = { syned_team_id: filter.synedTeamId };
    return this.request({ method: 'GET', path: '/users/get_team_assignments', query }, options);
  }

  /**
   * ODL solves of a user. With `afterTimeUnix` only solves strictly after it are returned (re-applied
   * here in case the vendor ever sends more) and the aggregates cover those solves only.
   */
  async getOdlScores(query: { synedUserId: string; afterTimeUnix?: number }, options?: CallOptions): Promise<OdlScoresDto> {
    const { synedUserId, afterTimeUnix } = query;
    const scores = await this.request<OdlScoresDto>(
      { method: 'GET', path: '/scores/get_odl_scores', query: { syned_user_id: synedUserId, after_time_unix: afterTimeUnix } },
      options,
    );
    if (afterTimeUnix !== undefined) {
      scores.challenge_solves = scores.challenge_solves.filter((solve) => solve.timestamp_unix > afterTimeUnix);
    }
    return scores;
  }

  /** Flash CTF events (global, monthly) with this user's progress; never filtered by time. */
  getFlashCtfProgress(synedUserId: string, options?: CallOptions): Promise<FlashCtfProgressDto> {
    return this.request({ method: 'GET', path: '/scores/get_flash_ctf_progress', query: { syned_user_id: synedUserId } }, options);
  }

  /**
   * Makes sure the user exists on the platform: looks it up, creates it when missing, and treats a
   * concurrent "already exists" as success. "Email already registered" surfaces as conflict_email_taken.
   */
  async ensureUser(user: UserCreate, options?: CallOptions): Promise<EnsureUserResult> {
    const existing = await this.findUser(user.syned_user_id, options);
    if (existing) return { user: existing, alreadyExisted: true };
    try {
      return { user: await this.createUser(user, options), alreadyExisted: false };
    } catch (error) {
      if (!isGamePlatformError(error, 'conflict_exists')) throw error;
      return { user: await this.getUser(user.syned_user_id, options), alreadyExisted: true };
    }
  }

  /** Creates the team, treating "already exists" as success (see EnsureTeamResult for what comes back). */
  async ensureTeam(team: TeamCreate, options?: CallOptions): Promise<EnsureTeamResult> {
    try {
      return { alreadyExisted: false, synedTeamId: team.syned_team_id, team: await this.createTeam(team, options) };
    } catch (error) {
      if (!isGamePlatformError(error, 'conflict_exists')) throw error;
      return { alreadyExisted: true, synedTeamId: team.syned_team_id, team: null };
    }
  }

  private async findUser(synedUserId: string, options?: CallOptions): Promise<UserDto | null> {
    try {
      return await this.getUser(synedUserId, options);
    } catch (error) {
      if (isGamePlatformError(error, 'not_found')) return null;
      throw error;
    }
  }

  private async request<T>(spec: RequestSpec, options: CallOptions = {}): Promise<T> {
    const { retry, breaker } = this.transport.policies;
    const context = this.callContext(options.context);
    const signal = options.signal;
    this.counters.forEach((counter) => (counter.calls += 1));
    let attempts = 0;
    try {
      return await retry.execute(
        () =>
          breaker.execute(() => {
            attempts += 1;
            return this.attempt(spec, attempts, context, signal);
          }),
        signal,
      );
    } catch (error) {
      throw this.finalError(error, spec, context, attempts);
    }
  }

  private callContext(perCall: CallContext = {}): CallContext {
    const { jobId, runId, competitorId, teamId } = CorrelationScope.current();
    const context: CallContext = {};
    if (jobId !== undefined) context.jobId = jobId;
    if (runId !== undefined) context.runId = runId;
    if (competitorId !== undefined) context.competitorId = competitorId;
    if (teamId !== undefined) context.teamId = teamId;
    return Object.assign(context, this.scopeContext, perCall);
  }

  private async attempt<T>(spec: RequestSpec, attempt: number, context: CallContext, signal?: AbortSignal): Promise<T> {
    const { options, limiter } = this.transport;
    const target = { ...context, method: spec.method, path: spec.path };
    let rateLimitWaitMs: number;
    try {
      rateLimitWaitMs = await limiter.acquire(signal);
    } catch (error) {
      if (signal?.aborted) throw abortedError(target);
      throw error;
    }
    const recorded = this.counters.map((counter) => counter.beforeSend()).filter((pending) => pending !== undefined);
    if (recorded.length > 0) await Promise.all(recorded);
    const started = performance.now();
    // Not AbortSignal.timeout: its timer cannot be cancelled, so every request would fire one later.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.url(spec.path, spec.query), {
        method: spec.method,
        headers: this.transport.headers(spec.body !== undefined),
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
      });
      text = await response.text();
    } catch (raw) {
      const error = transportError(raw, target, signal, timeout.signal, options.timeoutMs);
      this.report({ ...target, status: null, attempt, started, rateLimitWaitMs, error });
      throw error;
    } finally {
      clearTimeout(timer);
    }
    const status = response.status;
    let result: T;
    try {
      result = this.interpret<T>(spec, response, text, target);
    } catch (error) {
      const vendorError = error as GamePlatformError;
      this.report({ ...target, status, attempt, started, rateLimitWaitMs, error: vendorError });
      if (vendorError.code === 'rate_limited') await limiter.penalize(vendorError.context.retryAfterMs ?? options.retryBaseDelayMs);
      throw vendorError;
    }
    this.report({ ...target, status, attempt, started, rateLimitWaitMs });
    await limiter.recordSuccess();
    return result;
  }

  /** A vendor answer as a validated DTO, or the GamePlatformError it stands for. */
  private interpret<T>(spec: RequestSpec, response: Response, text: string, target: CallContext & { method: string; path: string }): T {
    const payload = parseJson(text);
    if (!response.ok) {
      const { method, path, ...context } = target;
      throw errorFromResponse({ method, path, status: response.status, body: payload, retryAfterHeader: response.headers.get('retry-after'), context });
    }
    if (payload === undefined && text.trim() !== '') {
      throw new GamePlatformError('invalid_response', `Game platform ${spec.method} ${spec.path} returned a body that is not JSON`, response.status, target);
    }
    return parseVendorResponse<T>(payload ?? {}, response.status, target);
  }

  private report(
    outcome: CallContext & {
      method: string;
      path: string;
      status: number | null;
      attempt: number;
      started: number;
      rateLimitWaitMs: number;
      error?: GamePlatformError;
    },
  ) {
    const { method, path, status, attempt, started, rateLimitWaitMs, error, ...context } = outcome;
    const event: VendorCallEvent = {
      method,
      path,
      status,
      durationMs: Math.round(performance.now() - started),
      attempt,
      outcome: error ? 'error' : 'success',
      ...(error ? { errorCode: error.code } : {}),
      rateLimitWaitMs,
      context,
    };
    this.counters.forEach((counter) => counter.recordRequest(event));
    const level = error ? 'warn' : 'log';
    if (this.transport.logs(level)) {
      const line = {
        msg: 'vendor call',
        method,
        path,
        status,
        durationMs: event.durationMs,
        attempt,
        outcome: event.outcome,
        errorCode: event.errorCode,
        rateLimitWaitMs,
        ...context,
      };
      this.transport.logger[level](line);
    }
    for (const listener of this.transport.listeners) listener(event);
  }

  private url(path: string, query: Query): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.set(key, String(value));
    }
    const search = params.size > 0 ? `?${params.toString()}` : '';
    return `${this.transport.baseUrl}${path}${search}`;
  }

  private finalError(error: unknown, spec: RequestSpec, context: CallContext, attempts: number): unknown {
    const target = { ...context, method: spec.method, path: spec.path };
    if (error instanceof BrokenCircuitError) {
      return new GamePlatformError(
        'unavailable',
        `Game platform ${spec.method} ${spec.path} not attempted: the vendor has been failing and calls are paused for up to ${this.transport.options.breakerCooldownMs} ms`,
        null,
        { ...target, attempts, circuitOpen: true },
      );
    }
    if (error instanceof TaskCancelledError) return abortedError(target);
    if (error instanceof GamePlatformError) {
      return new GamePlatformError(error.code, error.message, error.status, { ...error.context, attempts });
    }
    return error;
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function abortedError(target: CallContext & { method: string; path: string }): GamePlatformError {
  return new GamePlatformError('aborted', `Game platform ${target.method} ${target.path} was cancelled by the caller`, null, target);
}

function transportError(
  raw: unknown,
  target: CallContext & { method: string; path: string },
  signal: AbortSignal | undefined,
  timeout: AbortSignal,
  timeoutMs: number,
): GamePlatformError {
  if (signal?.aborted) return abortedError(target);
  const { method, path } = target;
  if (timeout.aborted) {
    return new GamePlatformError('timeout', `Game platform ${method} ${path} timed out after ${timeoutMs} ms`, null, target);
  }
  const cause = describeCause(raw);
  return new GamePlatformError('network', `Game platform ${method} ${path} could not be reached: ${cause}`, null, { ...target, cause });
}

function describeCause(raw: unknown): string {
  const cause = (raw as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return raw instanceof Error ? raw.message : String(raw);
}
