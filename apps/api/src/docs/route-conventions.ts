import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { OpenAPIObject, OperationObject } from '@nestjs/swagger';
import { PUBLIC_ROUTE, REQUIRED_ROLES, Role, RouteAccess } from '../auth';
import { problemResponse } from '../http/problem-details.dto';
import { CACHED_READ, CachedReadScope } from '../read-cache/cached-read.decorator';

/** What the global guards and the body parser do to a route, read from the same metadata they read. */
interface RouteTraits {
  /** public: no bearer token; probe: no bearer token and no request rate limit (health; metrics is not documented). */
  access?: RouteAccess;
  roles?: Role[];
  /** Answered through the read cache: its 200 carries Cache-Status. */
  cached?: CachedReadScope;
}

const CACHE_STATUS = {
  description:
    'RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable',
  schema: { type: 'string', example: 'gps-api; hit; ttl=4' },
};

/** Fastify parses a body sent with these methods whether or not the handler reads one. */
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Statuses that depend on cross-cutting behaviour, not on the handler, are documented here once so no
 * operation can forget them: a bearer requirement (or none on @Public routes), 401 on authenticated routes,
 * 403 on @Roles routes, 429 from the global rate limit, 400/414 from the router for a malformed or over-long
 * path parameter, 400/413/415 from the body parser, 500 for an unexpected failure and 503 while the instance
 * shuts down (any operation can meet those two). The Cache-Status header of @CachedRead() answers too.
 */
export function applyRouteConventions(document: OpenAPIObject, app: INestApplication): void {
  const traits = routeTraits(app);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const route = traits.get(`${method} ${path}`);
      if (!route) throw new Error(`No controller route found for ${method.toUpperCase()} ${path}`);
      applyTraits(operation, route, { takesBody: BODY_METHODS.has(method), hasPathParams: path.includes('{') });
    }
  }
}

function applyTraits(operation: OperationObject, route: RouteTraits, request: { takesBody: boolean; hasPathParams: boolean }): void {
  const responses = operation.responses;
  const add = (status: number) => (responses[status] ??= problemResponse(status));
  if (route.access) operation.security = [];
  else add(401);
  if (route.roles) add(403);
  if (route.access !== 'probe') add(429);
  if (request.hasPathParams) [400, 414].forEach(add);
  if (request.takesBody) [400, 413, 415].forEach(add);
  [500, 503].forEach(add);
  const ok = responses[200] as { headers?: Record<string, unknown> } | undefined;
  if (route.cached && ok) ok.headers = { ...ok.headers, 'Cache-Status': CACHE_STATUS };
}

/** Traits keyed by "get /teams/{id}", the way the document spells its paths. */
function routeTraits(app: INestApplication): Map<string, RouteTraits> {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const traits = new Map<string, RouteTraits>();
  for (const { metatype } of new DiscoveryService(app.get(ModulesContainer)).getControllers()) {
    if (!metatype) continue;
    const controllerPath = Reflect.getMetadata(PATH_METADATA, metatype) as string;
    const prototype = metatype.prototype as Record<string, () => unknown>;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (methodPath === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod].toLowerCase();
      const targets = [handler, metatype];
      traits.set(`${method} ${openApiPath(controllerPath, methodPath)}`, {
        access: reflector.getAllAndOverride<RouteAccess | undefined>(PUBLIC_ROUTE, targets),
        roles: reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets),
        cached: reflector.get<CachedReadScope | undefined>(CACHED_READ, handler),
      });
    }
  }
  return traits;
}

function openApiPath(controllerPath: string, methodPath: string): string {
  const joined = `/${[controllerPath, methodPath]
    .map((part) => part.replace(/^\/+|\/+$/g, ''))
    .filter(Boolean)
    .join('/')}`;
  return joined.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
