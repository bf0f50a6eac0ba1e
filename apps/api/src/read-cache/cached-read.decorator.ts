import { SetMetadata } from '@nestjs/common';

/** Nest metadata of a @CachedRead() handler: whose answers it may share. */
export const CACHED_READ = 'gps:cached-read';

/**
 * `role`: one answer per coach, and one shared by all administrators (the default: the read depends
 * only on the caller's scope). `user`: one answer per user (the read depends on who is asking, /me).
 */
export type CachedReadScope = 'role' | 'user';

/**
 * Serves the GET handler's JSON answer from the API's read cache while no write happened since it
 * was computed (see ReadCache). Only for handlers that return a JSON value, never a stream.
 */
export const CachedRead = (scope: CachedReadScope = 'role') => SetMetadata(CACHED_READ, scope);
