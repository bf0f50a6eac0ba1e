import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AuthenticatedRequest } from '../auth';
import { routeAccessOf } from '../auth/bearer-authentication';
import { FixedWindowCounter } from './fixed-window.counter';
import { requestRateLimitConfig } from './request-rate-limit.config';

/**
 * The global request rate limit, counted in Redis so every replica shares it: per token subject
 * for an authenticated caller, per IP otherwise. Runs when the request arrives (after the bearer
 * token is checked), so a refused request costs no parsing. Probes (health, metrics) are exempt,
 * and while Redis is unreachable requests pass rather than wait.
 */
export function limitRequestRate(app: NestFastifyApplication): void {
  const counter = app.get(FixedWindowCounter);
  const config = app.get<ConfigType<typeof requestRateLimitConfig>>(requestRateLimitConfig.KEY);
  const logger = new Logger('RequestRateLimit');
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request: AuthenticatedRequest, reply) => {
      if (routeAccessOf(request) === 'probe' || !counter.available) return;
      const client = request.user ? `user:${request.user.role}:${request.user.id}` : `ip:${request.ip}`;
      const verdict = await counter.hit(`request-rate:${client}`, config.RATE_LIMIT_REQUESTS, config.RATE_LIMIT_WINDOW_SECONDS).catch((error: unknown) => {
        logger.warn({ msg: 'rate limit not counted: Redis failed', err: error });
        return { allowed: true } as const;
      });
      if (verdict.allowed) return;
      void reply.header('Retry-After', String(verdict.retryAfterSeconds));
      throw new HttpException(`Too many requests: try again in ${verdict.retryAfterSeconds} s`, HttpStatus.TOO_MANY_REQUESTS);
    });
}
