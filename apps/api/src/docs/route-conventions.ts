import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { OpenAPIObject, OperationObject } from '@nestjs/swagger';
import { PUBLIC_ROUTE, REQUIRED_ROLES, Role, RouteAccess } from '../auth';
import { problemResponse } from '../http/problem-details.dto';

/** What the global guards and the body parser do to a route, read from the same metadata they read. */
interface RouteTraits {
  /** public: no bearer token; probe: no bearer token and no request rate limit (health; metrics is not documented). */
  access?: RouteAccess;
  roles?: Role[];
}

/** Fastify parses a body sent with these methods whether or not the handler reads one. */
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Statuses that depend on cross-cutting behaviour, not on the handler, are documented here once so no
 * operation can forget them: a bearer requirement (or none on @Public routes), 401 on authenticated routes,
 * 403 on @Roles routes, 429 from the global rate limit, 400/414 from the router for a malformed or over-long
 * path parameter, 400/413/415 from the body parser, 500 for an unexpected failure and 503 while the instance
 * shuts down (any operation can meet those two).
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
      });
    }
  }
  return traits;
}

function openApiPath(controllerPath: string, methodPath: string): string {
  const joined = `/${[controllerPath, methodPath].map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/')}`;
  return joined.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}
