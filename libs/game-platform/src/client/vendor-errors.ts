import { CallContext, GamePlatformError, GamePlatformErrorCode } from './game-platform.error';

/*
 * Everything the contract marks ASSUMED about the vendor's error answers lives in this file,
 * so a change of contract touches one place.
 */

/** 409 answers: which conflict it is, by endpoint and FastAPI `detail`. */
const CONFLICT_RULES: { method: string; path: string; detail?: RegExp; code: GamePlatformErrorCode }[] = [
  { method: 'POST', path: '/users', detail: /email.*(already|registered|taken|in use)/i, code: 'conflict_email_taken' },
  { method: 'POST', path: '/users', detail: /already exists/i, code: 'conflict_exists' },
  { method: 'POST', path: '/teams', code: 'conflict_exists' },
  { method: 'POST', path: '/teams/delete', code: 'conflict_team_has_members' },
];

const ACTIONABLE_HINTS: Partial<Record<GamePlatformErrorCode, string>> = {
  unauthorized: 'check GAME_PLATFORM_API_TOKEN',
  forbidden: 'the integration token lacks access to this resource',
  conflict_email_taken: 'another game-platform account already owns this email address; correct the email or ask the vendor to release or link that account',
  conflict_team_has_members: 'unassign every member before deleting the team',
};

function conflictCode(method: string, path: string, detail: string): GamePlatformErrorCode {
  const rule = CONFLICT_RULES.find((r) => r.method === method && r.path === path && (r.detail === undefined || r.detail.test(detail)));
  return rule?.code ?? 'conflict';
}

function codeForStatus(status: number): GamePlatformErrorCode {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate_limited';
  if (status === 502 || status === 503 || status === 504) return 'unavailable';
  if (status >= 500) return 'server_error';
  return 'bad_request';
}

interface FastApiValidationItem {
  loc?: unknown[];
  msg?: string;
}

/** Location segments FastAPI prefixes to a field name; they add nothing for a reader. */
const LOCATION_ROOTS = new Set(['body', 'query', 'path', 'header']);

/** FastAPI `detail` (a string, or a 422 array of {loc,msg,type}) as one readable sentence. */
export function formatDetail(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  if (Array.isArray(detail)) {
    return detail
      .map((item: FastApiValidationItem) => {
        const field = (item.loc ?? []).filter((part, i) => !(i === 0 && LOCATION_ROOTS.has(String(part)))).join('.');
        const msg = item.msg ?? 'invalid';
        return field ? `${field}: ${msg}` : msg;
      })
      .join('; ');
  }
  if (detail === undefined || detail === null) return '';
  return JSON.stringify(detail);
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface ErrorResponse {
  method: string;
  path: string;
  status: number;
  body: unknown;
  retryAfterHeader: string | null;
  context: CallContext;
}

/** Turns a non-2xx vendor answer into a GamePlatformError with a message a person can act on. */
export function errorFromResponse(response: ErrorResponse): GamePlatformError {
  const { method, path, status, context } = response;
  const detail = (response.body as { detail?: unknown } | null)?.detail;
  const detailText = formatDetail(detail);
  const code = status === 409 ? conflictCode(method, path, detailText) : codeForStatus(status);
  const retryAfterMs = status === 429 ? parseRetryAfter(response.retryAfterHeader) : undefined;
  const hint = ACTIONABLE_HINTS[code];
  const message = `Game platform ${method} ${path} failed with ${status} (${code})` + (detailText ? `: ${detailText}` : '') + (hint ? ` - ${hint}` : '');
  return new GamePlatformError(code, message, status, {
    ...context,
    method,
    path,
    detail,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });
}
