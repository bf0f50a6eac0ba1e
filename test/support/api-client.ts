import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiClient, createApiClient } from '@game-platform-sync/api-client';
import { injectChecked } from './contract';

const NO_BODY = new Set([204, 205, 304]);

/**
 * The generated client, talking to the app in-process: each request is injected (no socket) and each
 * answer checked against the OpenAPI document like every other e2e request.
 */
export function apiClient(app: NestFastifyApplication, token?: string): ApiClient {
  return createApiClient({
    baseUrl: 'http://api.test',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      const payload = request.body ? await request.text() : undefined;
      const response = await injectChecked(app, {
        method: request.method,
        url: `${url.pathname}${url.search}`,
        headers: Object.fromEntries(request.headers),
        ...(payload !== undefined && { payload }),
      });
      const headers = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined) headers.append(name, String(item));
      }
      return new Response(NO_BODY.has(response.statusCode) ? null : response.body, { status: response.statusCode, headers });
    },
  });
}
