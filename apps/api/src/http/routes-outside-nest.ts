import { FastifyInstance } from 'fastify';
import { ProblemDetailsFilter } from '@app/common';
import { AccessRouteConfig } from '../auth/auth.decorators';

/**
 * Routes a plugin registers under `prefix` rather than Nest (Swagger UI, Bull Board): they take no
 * bearer token (Bull Board has its own admin sign-in, the docs are public), and they answer their
 * errors as problem+json themselves, since they are registered before Nest installs its exception
 * layer. Applies to routes registered on `fastify` from now on.
 */
export function routesOutsideNest(fastify: FastifyInstance, prefix: string): void {
  const problems = new ProblemDetailsFilter();
  fastify.addHook('onRoute', (route) => {
    if (!route.url?.startsWith(prefix)) return;
    route.config = { ...route.config, access: 'public' } satisfies AccessRouteConfig as typeof route.config;
    route.errorHandler = (error, request, reply) => problems.answer(error, request, reply);
  });
}
