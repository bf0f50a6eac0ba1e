import { AuthenticatedUser, isAdmin } from '../auth';
import { CachedReadScope } from './cached-read.decorator';

interface ReadRequest {
  url: string;
  query: unknown;
}

/**
 * The cache key of a read: whose answer (a coach's own, all administrators', or one user's), the UTC
 * day (reads default their date range to the last days up to today), the path with its parameters
 * and the query parameters in name order. Invalid queries never reach the cache: only answers are stored.
 */
export function readCacheKey(request: ReadRequest, user: AuthenticatedUser, scope: CachedReadScope, now = new Date()): string {
  const who = scope === 'user' || !isAdmin(user) ? `${user.role}:${user.id}` : 'admin';
  const path = request.url.split('?', 1)[0];
  const query = Object.entries((request.query ?? {}) as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${who}\n${now.toISOString().slice(0, 10)}\n${path}\n${JSON.stringify(query)}`;
}
