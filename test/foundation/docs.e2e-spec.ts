import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TestEnvironment, useTestEnvironment } from '../support/environment';
import { injectChecked } from '../support/contract';

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
    const response = await injectChecked(api, { method: 'GET', url: '/docs/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/health/live', '/health/ready']));
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await injectChecked(api, { method: 'GET', url: '/docs' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger');
  });

  it('npm run openapi writes the same document without PostgreSQL, Redis or a vendor', async () => {
    const target = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/write-openapi.ts', target], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1', JWT_SECRET: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    const written = JSON.parse(readFileSync(target, 'utf8'));
    const served = (await injectChecked(api, { method: 'GET', url: '/docs/openapi.json' })).json();
    expect(Object.keys(written.paths).sort()).toEqual(Object.keys(served.paths).sort());
  });
});
