import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestEnvironment, useTestEnvironment } from '../support/environment';
import { injectChecked } from '../support/contract';

describe('health endpoints', () => {
  let env: TestEnvironment;
  let api: NestFastifyApplication;
  let worker: NestFastifyApplication;

  beforeAll(async () => {
    env = await useTestEnvironment('health');
    api = await createApiApp();
    await api.init();
    worker = await createWorkerApp();
    await worker.init();
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await env?.teardown();
  });

  it('GET /health/live answers 200 without touching dependencies', async () => {
    const response = await injectChecked(api, { method: 'GET', url: '/health/live' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', details: {} });
  });

  it('GET /health/ready checks PostgreSQL and Redis', async () => {
    const response = await injectChecked(api, { method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it("the worker's readiness includes its running BullMQ workers", async () => {
    const response = await worker.inject({ method: 'GET', url: '/health/ready' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.details.database.status).toBe('up');
    expect(body.details.redis.status).toBe('up');
    expect(body.details.workers).toMatchObject({ status: 'up', queues: { maintenance: 'running' } });
    expect((await worker.inject({ method: 'GET', url: '/health/live' })).statusCode).toBe(200);
  });

  it('echoes a given x-request-id and generates one otherwise', async () => {
    const given = await injectChecked(api, { method: 'GET', url: '/health/live', headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers['x-request-id']).toBe('trace-123');
    const generated = await injectChecked(api, { method: 'GET', url: '/health/live' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await injectChecked(api, { method: 'GET', url: '/health/live', headers: { 'x-request-id': 'bad id\nforged' } });
    expect(unsafe.headers['x-request-id']).not.toContain('forged');
  });
});
