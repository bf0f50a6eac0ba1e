import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TestEnvironment, useTestEnvironment } from '../support/environment';
import { injectChecked } from '../support/contract';

class LineCollector extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) this.lines.push(JSON.parse(line));
    done();
  }
}

describe('JSON logs', () => {
  let env: TestEnvironment;
  let api: NestFastifyApplication;
  const logs = new LineCollector();

  beforeAll(async () => {
    env = await useTestEnvironment('logging', { LOG_LEVEL: 'info' });
    api = await createApiApp({ logDestination: logs });
    await api.init();
  });

  afterAll(async () => {
    await api?.close();
    await env?.teardown();
  });

  it('logs requests as JSON with the request id and never the Authorization header', async () => {
    await injectChecked(api, {
      method: 'GET',
      url: '/health/live',
      headers: { authorization: 'Bearer super-secret-token', 'x-request-id': 'req-logging-1' },
    });
    const text = JSON.stringify(logs.lines);
    expect(text).not.toContain('super-secret-token');
    const requestLines = logs.lines.filter((line) => line.reqId === 'req-logging-1');
    expect(requestLines.map((line) => line.msg)).toEqual(expect.arrayContaining(['incoming request', 'request completed']));
  });

  it('turns Nest logger objects into fields and redacts token-like fields', () => {
    new Logger('Probe').log({ msg: 'vendor call', path: '/users', token: 'abc-secret' });
    const line = logs.lines.find((entry) => entry.msg === 'vendor call');
    expect(line).toMatchObject({ context: 'Probe', path: '/users', token: '[redacted]', level: 'info', name: 'api' });
  });

  it('redacts the values of sensitive query parameters in request logs', async () => {
    await injectChecked(api, {
      method: 'GET',
      url: '/health/live?search=Ada%20Lovelace&email=ada%40example.org&token=t0k3n&access_token=acc3ss&page=2',
      headers: { 'x-request-id': 'req-logging-2' },
    });
    const lines = logs.lines.filter((line) => line.reqId === 'req-logging-2');
    expect(lines.length).toBeGreaterThan(0);
    const text = JSON.stringify(lines);
    for (const secret of ['Ada', 'Lovelace', 'ada%40example.org', 't0k3n', 'acc3ss']) expect(text).not.toContain(secret);
    expect(text).toContain('search=[redacted]&email=[redacted]&token=[redacted]&access_token=[redacted]&page=2');
  });

  it('keeps input emails out of database error logs', async () => {
    const prisma = api.get(PrismaService);
    const coach = { email: 'private.person@school.example.org', firstName: 'P', lastName: 'P' };
    await prisma.coach.create({ data: coach });
    const error = await prisma.coach.create({ data: coach }).catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(Error);
    new Logger('Probe').error({ msg: 'database write failed', err: error });
    const line = logs.lines.find((entry) => entry.msg === 'database write failed');
    expect(line).toBeDefined();
    expect(JSON.stringify(line)).not.toContain('private.person');
  });
});
