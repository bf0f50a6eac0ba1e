export type GamePlatformErrorCode =
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'conflict_exists'
  | 'conflict_email_taken'
  | 'conflict_team_has_members'
  | 'conflict'
  | 'validation'
  | 'bad_request'
  | 'rate_limited'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'aborted'
  | 'invalid_response'
  | 'server_error';

/**
 * The one classification of transient vendor failures: the vendor is slow, down, failing or rate
 * limiting us, or the network did not carry the call. Trying again later may succeed; every other
 * code needs a different request, a fix of data or configuration, or was the caller's own choice.
 */
const TRANSIENT_CODES: ReadonlySet<GamePlatformErrorCode> = new Set(['rate_limited', 'unavailable', 'timeout', 'network', 'server_error']);

export function isTransientCode(code: GamePlatformErrorCode): boolean {
  return TRANSIENT_CODES.has(code);
}

/** Identifiers of the unit of work a vendor call belongs to; they travel into logs, events and errors. */
export interface CallContext {
  jobId?: string;
  runId?: string;
  competitorId?: string;
  teamId?: string;
}

export interface GamePlatformErrorContext extends CallContext {
  method: string;
  path: string;
  attempts?: number;
  /** Vendor's `detail`, verbatim (string or FastAPI validation array). */
  detail?: unknown;
  retryAfterMs?: number;
  /** Set when the circuit breaker refused the call without contacting the vendor. */
  circuitOpen?: boolean;
  cause?: string;
}

/**
 * The single error type of the vendor client. `retryable` tells a caller (e.g. a job) whether trying
 * again later may succeed (the code is transient); the client has already spent its own in-call
 * retries when this is thrown.
 */
export class GamePlatformError extends Error {
  override readonly name = 'GamePlatformError';
  readonly retryable: boolean;

  constructor(
    readonly code: GamePlatformErrorCode,
    message: string,
    readonly status: number | null,
    readonly context: GamePlatformErrorContext,
  ) {
    super(message);
    this.retryable = isTransientCode(code);
  }

  toJSON() {
    return { name: this.name, code: this.code, status: this.status, retryable: this.retryable, message: this.message, context: this.context };
  }
}

export function isGamePlatformError(error: unknown, code?: GamePlatformErrorCode): error is GamePlatformError {
  return error instanceof GamePlatformError && (code === undefined || error.code === code);
}
