import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CoachesService } from '../../apps/api/src/coaches/coaches.service';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestStack, testStack } from '../support/stack';
import { expectProblem } from '../support/problem';
import { registeredCoachId } from './contract-fixtures';

describe('one error body: RFC 9457 problem+json', () => {
  let h: TestStack<'api'>;
  let adminToken: string;
  let coachId: string;
  let coachToken: string;

  beforeAll(async () => {
    h = await testStack('problem-details', { api: true });
    coachId = await registeredCoachId(h.prisma);
    adminToken = (await h.caller('admin')).token;
    coachToken = (await h.caller('coach', coachId)).token;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('names each invalid field of a validation failure, with dotted paths', async () => {
    const invalid = await h.request(adminToken, 'POST', '/coaches', { email: 'nope', firstName: '', shoeSize: 44 });
    expectProblem(invalid, 400, '/coaches');
    expect(invalid.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'email must be a valid email address' },
        { field: 'firstName', message: 'firstName must not be empty' },
        { field: 'shoeSize', message: 'property shoeSize should not exist' },
      ]),
    );
    const query = await h.request(adminToken, 'GET', '/competitors?pageSize=500');
    expectProblem(query, 400, '/competitors');
    expect(query.body.errors).toEqual([{ field: 'pageSize', message: 'pageSize must be between 1 and 100' }]);
  });

  it('answers 401, 403, 404 and 409 with the same body', async () => {
    expectProblem(await h.request(null, 'GET', '/competitors'), 401, '/competitors');
    expectProblem(await h.request(coachToken, 'GET', '/admin/jobs'), 403, '/admin/jobs');
    expectProblem(await h.request(adminToken, 'GET', '/no/such/route?search=x'), 404, '/no/such/route');
    const coach = { email: 'twice@school.example.org', firstName: 'Ada', lastName: 'Byron' };
    await h.request(adminToken, 'POST', '/coaches', coach);
    const duplicate = await h.request(adminToken, 'POST', '/coaches', coach);
    expectProblem(duplicate, 409, '/coaches');
    expect(duplicate.body.errors).toEqual([{ field: 'email', message: 'email is already taken' }]);
  });

  it('answers what Fastify refuses before Nest: malformed JSON 400, too large 413, unsupported type 415', async () => {
    const malformed = await h.request(adminToken, 'POST', '/coaches', '{"email": ');
    expectProblem(malformed, 400, '/coaches');
    expect(malformed.body.detail).toBe('The request body is not valid JSON');
    const tooLarge = await h.request(adminToken, 'POST', '/coaches', JSON.stringify({ firstName: 'x'.repeat(1_100_000) }));
    expectProblem(tooLarge, 413, '/coaches');
    const xml = await h.request(adminToken, 'POST', '/coaches', '<coach/>', { 'content-type': 'application/xml' });
    expectProblem(xml, 415, '/coaches');
    const longParam = await h.request(adminToken, 'GET', `/teams/${'x'.repeat(200)}`);
    expectProblem(longParam, 414);
  });

  it('answers an unexpected failure 500 with a generic detail that leaks nothing', async () => {
    const spy = jest.spyOn(h.api.get(CoachesService), 'list').mockRejectedValueOnce(new Error('connection to db-internal.example:5432 lost'));
    const failed = await h.request(adminToken, 'GET', '/coaches');
    spy.mockRestore();
    expectProblem(failed, 500, '/coaches');
    expect(JSON.stringify(failed.body)).not.toMatch(/db-internal|5432|\bat /);
  });

  it('answers failures of routes registered outside Nest (Swagger UI, Bull Board) the same way', async () => {
    expectProblem(await h.request(null, 'GET', '/docs/openapi.json?q=%00'), 400, '/docs/openapi.json');
    expectProblem(await h.request(null, 'POST', '/admin/queues/session', '{"token":'), 400, '/admin/queues/session');
  });

  it('answers Bull Board failures without a stack trace', async () => {
    const missing = await h.request(adminToken, 'GET', '/admin/queues/api/queues/no-such-queue/no-such-job');
    expect(missing.statusCode).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(missing.body)).not.toMatch(/\bat .*\.js:\d+/);
    const forbidden = await h.request(coachToken, 'GET', '/admin/queues/api/queues');
    expectProblem(forbidden, 403, '/admin/queues/api/queues');
  });

  describe("the worker's health server", () => {
    let worker: NestFastifyApplication;

    beforeAll(async () => {
      worker = await createWorkerApp();
      await worker.init();
    });

    afterAll(async () => {
      await worker?.close();
    });

    it('answers an unknown route with the same problem body', async () => {
      const response = await worker.inject({ method: 'GET', url: '/nothing-here' });
      expectProblem({ statusCode: response.statusCode, headers: response.headers, body: response.json() }, 404, '/nothing-here');
    });

    it('answers requests arriving while it shuts down with a 503 problem body', async () => {
      await worker.getHttpAdapter().beforeClose?.();
      const response = await worker.inject({ method: 'GET', url: '/health/live' });
      expectProblem({ statusCode: response.statusCode, headers: response.headers, body: response.json() }, 503, '/health/live');
      expect(response.headers.connection).toBe('close');
    });
  });
});
