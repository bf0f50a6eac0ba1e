import { HttpException, UnauthorizedException } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyRequest } from 'fastify';
import { AccessRouteConfig, AuthenticatedRequest } from './auth.decorators';
import { TokenVerifier } from './token-verifier.service';

/** Why a request's token was not accepted, kept from the moment it arrived to the moment it is refused. */
const refusals = new WeakMap<FastifyRequest, HttpException>();

export function bearerTokenOf(authorization: string | undefined): string | undefined {
  const [scheme, token] = (authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : undefined;
}

export const missingToken = () => new UnauthorizedException('Missing bearer token: send "Authorization: Bearer <JWT>"');

/** The access level a route declared with @Public()/@Probe(); undefined: a bearer token is needed. */
export function routeAccessOf(request: FastifyRequest): AccessRouteConfig['access'] {
  return (request.routeOptions.config as AccessRouteConfig | undefined)?.access;
}

/**
 * Bearer tokens are checked as soon as a request arrives: the caller is known to the rate limit,
 * and a request to a protected route without a valid token is refused before its body is read
 * (an anonymous client cannot make the API parse megabytes). The AuthGuard then checks roles.
 */
export function authenticateOnArrival(app: NestFastifyApplication): void {
  const verifier = app.get(TokenVerifier);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request: AuthenticatedRequest) => {
    const token = bearerTokenOf(request.headers.authorization);
    if (!token) return;
    try {
      request.user = await verifier.verify(token);
    } catch (error) {
      if (!(error instanceof HttpException)) throw error;
      refusals.set(request, error);
    }
  });
  fastify.addHook('preParsing', async (request: AuthenticatedRequest) => {
    if (request.is404 || request.user || routeAccessOf(request)) return;
    throw refusals.get(request) ?? missingToken();
  });
}
