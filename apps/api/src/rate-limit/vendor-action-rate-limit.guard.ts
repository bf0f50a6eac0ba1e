import { applyDecorators, CanActivate, ExecutionContext, HttpException, HttpStatus, Injectable, UseGuards } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { AuthenticatedRequest, isAdmin } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { VendorActionRateLimiter } from './vendor-action-rate-limiter';

/** Coaches are limited per user (429 + Retry-After); admins, who act for many coaches, are not. */
@Injectable()
export class VendorActionRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: VendorActionRateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user || isAdmin(user)) return true;
    const verdict = await this.limiter.hit(user.id);
    if (verdict.allowed) return true;
    context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(verdict.retryAfterSeconds));
    throw new HttpException(
      `Too many game platform actions: try again in ${verdict.retryAfterSeconds} s`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** Marks a route as a coach-triggered game platform action. */
export const VendorActionRateLimited = () =>
  applyDecorators(
    UseGuards(VendorActionRateLimitGuard),
    ApiProblems({ 429: 'Too many requests, or too many game platform actions by this coach; see Retry-After' }),
  );
