import { FastifyRequest } from 'fastify';

export type OriginCheck = 'same' | 'cross' | 'absent';

/**
 * Where a request says it comes from, against the host it was sent to: the Origin header, or the
 * Referer when a browser left Origin out. Cross-site forms and scripts cannot fake either.
 */
export function originCheck(request: FastifyRequest): OriginCheck {
  const source = request.headers.origin ?? request.headers.referer;
  if (!source) return 'absent';
  try {
    return new URL(source).host === request.headers.host ? 'same' : 'cross';
  } catch {
    return 'cross'; // "null" (sandboxed frames, file:) or garbage
  }
}

export const CROSS_SITE_MESSAGE = 'Refused: this request did not come from the queue dashboard itself (Origin check)';
