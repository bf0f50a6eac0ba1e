import createClient, { type ClientOptions } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';

/**
 * A typed client of the game-platform-sync API: paths, parameters, bodies and answers come from the
 * OpenAPI document. Errors are problem+json bodies (`components['schemas']['ProblemDetailsDto']`).
 *
 *   const api = createApiClient({ baseUrl: 'http://localhost:3000', headers: { authorization: `Bearer ${token}` } });
 *   const { data, error } = await api.GET('/teams/{id}', { params: { path: { id } } });
 */
export function createApiClient(options: ClientOptions) {
  return createClient<paths>(options);
}

export type ApiClient = ReturnType<typeof createApiClient>;
