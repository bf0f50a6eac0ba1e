import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

interface Received {
  text: string;
  attachments: { color: string; fields: { title: string; value: string }[] }[];
}

describe('ALERT_WEBHOOK_URL: firing and resolved are posted once each, across API replicas', () => {
  let receiver: Server;
  const received: Received[] = [];
  let h: TestStack<'simulator' | 'api'>;
  let adminToken: string;
  let secondReplica: NestFastifyApplication;

  const messages = (prefix: string) => received.filter((message) => message.text.startsWith(prefix));
  const settle = () => new Promise((resolve) => setTimeout(resolve, 3_500));

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push(JSON.parse(body) as Received);
        response.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/alerts`;
    h = await testStack('alert-webhook', {
      simulator: { users: 4, seed: 3 },
      api: true,
      env: { ALERT_WEBHOOK_URL: url, ALERT_EVALUATION_INTERVAL_SECONDS: '1' },
    });
    adminToken = (await h.caller('admin', 'admin-1')).token;
    secondReplica = await createApiApp();
    await secondReplica.init();
  });

  afterAll(async () => {
    await secondReplica?.close();
    await h?.close();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('posts Slack-compatible JSON once when an alert starts and once when it clears, whatever the number of replicas and evaluations', async () => {
    const letter = await h.prisma.jobDeadLetter.create({
      data: {
        queue: 'teams',
        jobId: '7',
        jobCreatedAt: new Date(),
        jobName: 'team_sync',
        payload: { teamId: 't' },
        failedReason: 'boom',
        attemptsMade: 5,
        maxAttempts: 5,
        failedAt: new Date(Date.now() - 2 * 60 * 60 * 1000),
      },
    });
    const firing = await waitFor(async () => messages('[FIRING] warning dead_letters_open')[0], { description: 'the FIRING webhook message' });
    expect(firing.text).toContain('1 dead letter(s) open for more than 60 min');
    expect(firing.attachments[0].fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: 'Runbook', value: 'docs/runbook.md#alert-dead-letters-open' }),
        expect.objectContaining({ title: 'Remediation', value: expect.stringContaining('replay') }),
      ]),
    );
    // Both replicas keep evaluating every second, and a scrape evaluates too: still one message.
    await h.request(adminToken, 'GET', '/admin/alerts');
    await settle();
    expect(messages('[FIRING] warning dead_letters_open')).toHaveLength(1);

    await h.prisma.jobDeadLetter.update({ where: { id: letter.id }, data: { resolvedAt: new Date() } });
    await waitFor(async () => messages('[RESOLVED] warning dead_letters_open')[0], { description: 'the RESOLVED webhook message' });
    await settle();
    expect(messages('[RESOLVED] warning dead_letters_open')).toHaveLength(1);
    expect(messages('[FIRING] warning dead_letters_open')).toHaveLength(1);
  });
});
