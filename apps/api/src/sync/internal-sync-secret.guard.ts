import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { createHash, timingSafeEqual } from 'node:crypto';
import { FastifyRequest } from 'fastify';
import { syncApiConfig } from './sync-api.config';

export const INTERNAL_SYNC_SECRET_HEADER = 'x-internal-sync-secret';

/** Hashing first gives equal-length buffers, so the comparison time says nothing about the secret. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** External schedulers authenticate with the shared INTERNAL_SYNC_SECRET instead of a JWT. */
@Injectable()
export class InternalSyncSecretGuard implements CanActivate {
  constructor(@Inject(syncApiConfig.KEY) private readonly config: ConfigType<typeof syncApiConfig>) {}

  canActivate(context: ExecutionContext): boolean {
    const given = context.switchToHttp().getRequest<FastifyRequest>().headers[INTERNAL_SYNC_SECRET_HEADER];
    if (typeof given !== 'string' || given === '') {
      throw new UnauthorizedException(`Missing ${INTERNAL_SYNC_SECRET_HEADER} header`);
    }
    const expected = this.config.INTERNAL_SYNC_SECRET;
    if (!expected) throw new ForbiddenException('Internal sync is disabled: INTERNAL_SYNC_SECRET is not configured');
    if (!sameSecret(given, expected)) throw new ForbiddenException(`Invalid ${INTERNAL_SYNC_SECRET_HEADER}`);
    return true;
  }
}
