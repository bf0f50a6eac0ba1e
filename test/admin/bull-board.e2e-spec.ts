import { existsSync } from 'node:fs';
import { UnrecoverableError, Worker } from 'bullmq';
import { chromium } from 'playwright-core';
import { redisOptionsFromUrl } from '@app/common';
import { JobName, QueueName } from '@app/jobs';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { injectChecked } from '../support/contract';
import { requirePrerequisite } from '../support/prerequisite';

const CHROMIUM = '/usr/bin/chromium';
const ALL_QUEUES = Object.values(QueueName);

describe('Bull Board at /admin/queues', () => {
  let h: TestStack<'simulator' | 'api'>;
  let adminToken: string;
  let coachToken: string;
  let baseUrl: string;

  beforeAll(async () => {
    h = await testStack('admin-bull-board', { simulator: { users: 4, seed: 3 }, api: true });
    adminToken = (await h.caller('admin', 'admin-1')).token;
    coachToken = (await h.caller('coach', '00000000-0000-4000-8000-000000000001')).token;
    await h.api.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = await h.api.getUrl();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('answers 401 without credentials (the sign-in form for browsers) and 403 to non-admins', async () => {
    const api = await injectChecked(h.api, { method: 'GET', url: '/admin/queues/api/queues' });
    expect(api.statusCode).toBe(401);
    const page = await injectChecked(h.api, { method: 'GET', url: '/admin/queues/', headers: { accept: 'text/html' } });
    expect(page.statusCode).toBe(401);
    expect(page.body).toContain('<form method="post" action="/admin/queues/session">');
    expect((await h.request(coachToken, 'GET', '/admin/queues/api/queues')).statusCode).toBe(403);
    expect((await injectChecked(h.api, { method: 'GET', url: '/admin/queues/api/queues', headers: { cookie: 'gps_admin_session=forged' } })).statusCode).toBe(
      401,
    );
    expect((await injectChecked(h.api, { method: 'POST', url: '/admin/queues/session', payload: { token: coachToken } })).statusCode).toBe(403);
    expect((await injectChecked(h.api, { method: 'POST', url: '/admin/queues/session', payload: {} })).statusCode).toBe(401);
  });

  it('lists every queue for an admin bearer token or session cookie, with the paused state', async () => {
    await h.request(adminToken, 'POST', '/admin/processing/pause', { queue: 'teams' });
    const withBearer = await h.request(adminToken, 'GET', '/admin/queues/api/queues');
    expect(withBearer.statusCode).toBe(200);
    const queues = withBearer.body.queues as { name: string; isPaused: boolean }[];
    expect(queues.map((queue) => queue.name).sort()).toEqual([...ALL_QUEUES].sort());
    expect(queues.find((queue) => queue.name === 'teams')?.isPaused).toBe(true);
    await h.request(adminToken, 'POST', '/admin/processing/resume', { all: true });

    const session = await h.request(adminToken, 'POST', '/admin/queues/session');
    expect(session.statusCode).toBe(201);
    const setCookie = String(session.headers['set-cookie']);
    expect(setCookie).toMatch(/^gps_admin_session=[^;]+; Path=\/admin\/queues; Max-Age=900; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0];
    const withCookie = await injectChecked(h.api, { method: 'GET', url: '/admin/queues/api/queues', headers: { cookie } });
    expect(withCookie.statusCode).toBe(200);
    // The cookie is for Bull Board only: the REST API still wants the bearer token.
    expect((await injectChecked(h.api, { method: 'GET', url: '/admin/alerts', headers: { cookie } })).statusCode).toBe(401);
  });

  it('retry from Bull Board is the same BullMQ retry as the REST one, and is audited', async () => {
    const worker = new Worker(
      QueueName.Maintenance,
      async (): Promise<unknown> => {
        throw new UnrecoverableError('forced failure');
      },
      {
        connection: redisOptionsFromUrl(process.env.REDIS_URL!),
        prefix: h.redisPrefix,
      },
    );
    const job = await h.jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
    await waitFor(() => job.isFailed(), { description: 'the job to fail' });
    await worker.close();

    const retry = await h.request(adminToken, 'PUT', `/admin/queues/api/queues/maintenance/${job.id}/retry`);
    expect(retry.statusCode).toBe(204);
    expect(await job.getState()).toBe('waiting');
    expect(await h.prisma.auditLog.findFirst({ where: { action: 'admin.bull_board.put' } })).toMatchObject({
      actor: 'admin-1',
      targetId: `/admin/queues/api/queues/maintenance/${job.id}/retry`,
    });
    await h.jobs.queue(QueueName.Maintenance).drain();
  });

  it('checks Origin on sign-in and on cookie-authenticated changes, and revokes the session at sign-out', async () => {
    const origin = new URL(baseUrl).origin;
    const host = new URL(baseUrl).host;
    const form = { 'content-type': 'application/x-www-form-urlencoded', host };
    const formSignIn = (headers: Record<string, string>) =>
      h.api.inject({ method: 'POST', url: '/admin/queues/session', headers: { ...form, ...headers }, payload: `token=${adminToken}` });
    expect((await formSignIn({ origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await formSignIn({})).statusCode).toBe(403);
    const signedIn = await formSignIn({ origin });
    expect(signedIn.statusCode).toBe(303);
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0];

    const pause = (headers: Record<string, string>) =>
      h.api.inject({ method: 'PUT', url: '/admin/queues/api/queues/maintenance/pause', headers: { cookie, host, ...headers } });
    expect((await pause({ origin: 'https://evil.example' })).statusCode).toBe(403);
    expect((await pause({})).statusCode).toBe(403);
    expect((await pause({ origin })).statusCode).toBeLessThan(300);
    await h.jobs.queue(QueueName.Maintenance).resume();

    expect((await h.api.inject({ method: 'DELETE', url: '/admin/queues/session', headers: { cookie, host, origin: 'https://evil.example' } })).statusCode).toBe(
      403,
    );
    expect((await h.api.inject({ method: 'DELETE', url: '/admin/queues/session', headers: { cookie, host, origin } })).statusCode).toBe(204);
    // The cookie a browser (or a thief) kept is dead on the server.
    const reused = await h.api.inject({ method: 'GET', url: '/admin/queues/api/queues', headers: { cookie } });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().detail).toMatch(/closed/);
  });

  const browserTest = requirePrerequisite('Chromium', existsSync(CHROMIUM), `${CHROMIUM} is missing (apt-get install -y chromium)`);

  browserTest(
    'a browser gets the sign-in page, signs in with the admin token and sees every queue',
    async () => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
      try {
        const page = await browser.newPage();
        const first = await page.goto(`${baseUrl}/admin/queues/`);
        expect(first?.status()).toBe(401);
        await page.fill('#token', adminToken);
        await Promise.all([page.waitForURL(`${baseUrl}/admin/queues/`), page.click('button[type=submit]')]);
        for (const queue of ALL_QUEUES) {
          await page.getByText(queue, { exact: true }).first().waitFor({ timeout: 15_000 });
        }
        const cookies = await page.context().cookies();
        expect(cookies.find((c) => c.name === 'gps_admin_session')).toMatchObject({ httpOnly: true, path: '/admin/queues', sameSite: 'Strict' });
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
