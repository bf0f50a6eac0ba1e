import { Writable } from 'node:stream';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
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
});
