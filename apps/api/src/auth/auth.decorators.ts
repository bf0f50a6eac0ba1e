import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import { FastifyRequest } from 'fastify';
import { AuthenticatedUser, Role } from './authenticated-user';

/** Nest metadata of @Public()/@Probe() routes: their RouteAccess (the OpenAPI document reads it too). */
export const PUBLIC_ROUTE = 'gps:public-route';
export const REQUIRED_ROLES = 'gps:required-roles';

/**
 * Who may reach a route before any Nest code runs, in Fastify's route config (readable by request
 * hooks, before the body is read): `public` needs no bearer token, `probe` (health, metrics) is
 * public and exempt from the request rate limit. Routes without it need a bearer token.
 */
export type RouteAccess = 'public' | 'probe';
export interface AccessRouteConfig {
  access?: RouteAccess;
}

/** Marks a handler, or every handler of a controller, in Nest metadata and in Fastify's route config. */
const routeAccess = (access: RouteAccess) => (target: object, key?: string | symbol, descriptor?: PropertyDescriptor) => {
  const mark = (method: object, name: string | symbol, handler: PropertyDescriptor) => {
    SetMetadata(PUBLIC_ROUTE, access)(method, name, handler);
    RouteConfig({ access } satisfies AccessRouteConfig)(method, name, handler);
  };
  if (descriptor && key !== undefined) return mark(target, key, descriptor);
  SetMetadata(PUBLIC_ROUTE, access)(target as never);
  const prototype = (target as { prototype: object }).prototype;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const handler = Object.getOwnPropertyDescriptor(prototype, name);
    if (name !== 'constructor' && typeof handler?.value === 'function') mark(prototype, name, handler);
  }
};

/** No bearer token needed (sign-in, the scheduler's secret-guarded trigger). */
export const Public = () => routeAccess('public');

/** Health probes and metrics: no bearer token and no request rate limit. */
export const Probe = () => routeAccess('probe');

/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export type AuthenticatedRequest = FastifyRequest & { user?: AuthenticatedUser };

export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('CurrentUser used on a public route');
  return request.user;
});
