import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TestEnvironment, useTestEnvironment } from '../support/environment';

describe('OpenAPI documentation', () => {
  let env: TestEnvironment;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    env = await useTestEnvironment('docs');
    api = await createApiApp();
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
  });

  afterAll(async () => {
    await api?.close();
    await env?.teardown();
  });

  it('serves the JSON document with bearer auth declared', async () => {
    const response = await api.inject({ method: 'GET', url: '/docs/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await api.inject({ method: 'GET', url: '/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger');
  });
});
