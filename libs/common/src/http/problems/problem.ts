import { STATUS_CODES } from 'node:http';

/** RFC 9457 media type of every error answer. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';
const PROBLEM_TYPE_BASE = 'https://game-platform-sync.dev/problems/';

/** One invalid input: the field (dotted path, or the query/path parameter name) and why. */
export interface FieldError {
  field: string;
  message: string;
}

/** The one error body of every route (documented by ProblemDetailsDto in the API). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: FieldError[];
}

/** What an error translates to, before the request adds `instance` and `requestId`. */
export interface ProblemInit {
  status: number;
  detail: string;
  errors?: FieldError[];
}

const TYPE_SLUGS: Record<number, string> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  422: 'unprocessable',
  429: 'rate-limited',
  503: 'unavailable',
};

export function problemOf(init: ProblemInit, request: { url: string; id: string }): Problem {
  const slug = TYPE_SLUGS[init.status] ?? (init.status >= 500 ? 'internal' : 'client-error');
  return {
    type: `${PROBLEM_TYPE_BASE}${slug}`,
    title: STATUS_CODES[init.status] ?? 'Error',
    status: init.status,
    detail: init.detail,
    instance: request.url.split('?')[0],
    requestId: request.id,
    ...(init.errors?.length ? { errors: init.errors } : {}),
  };
}
