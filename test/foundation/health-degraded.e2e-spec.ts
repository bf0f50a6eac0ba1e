import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TestEnvironment, useTestEnvironment } from '../support/environment';
import { injectChecked } from '../support/contract';

describe('readiness when Redis is unreachable', () => {
  let env: TestEnvironment;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    // Port 1 on loopback: nothing listens there, so every connection is refused at once.
    env = await useTestEnvironment('health-degraded', { REDIS_URL: 'redis://127.0.0.1:1' });
    api = await createApiApp();
    await api.init();
  });

  afterAll(async () => {
    await api?.close();
    process.env.REDIS_URL = 'redis://127.0.0.1:6379';
    await env?.teardown();
  });

  it('answers 503 naming the failing check, while liveness stays 200', async () => {
    const ready = await injectChecked(api, { method: 'GET', url: '/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = ready.json();
    expect(body).toMatchObject({ status: 503, title: 'Service Unavailable', instance: '/health/ready' });
    expect(body.detail).toMatch(/^Not ready: redis/);
    expect(body.detail).not.toMatch(/database/);

    const live = await injectChecked(api, { method: 'GET', url: '/health/live' });
    expect(live.statusCode).toBe(200);
  });
});
