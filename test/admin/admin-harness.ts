import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QueueEvents } from 'bullmq';
import { redisOptionsFromUrl } from '@app/common';
import { JobQueueService, QueueName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { mintToken } from '../../apps/api/src/auth';
import { SimulatorHandle, startSimulator } from '../../apps/game-platform-sim/src';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { syncEnv } from '../sync/sync-harness';
import { TEST_JWT_SECRET, TestEnvironment, useTestEnvironment } from '../support/environment';
import { injectChecked } from '../support/contract';

export interface AdminHarness {
  env: TestEnvironment;
  sim: SimulatorHandle;
  api: NestFastifyApplication;
  /** Absent when the test drives the queues with its own BullMQ workers. */
  worker?: NestFastifyApplication;
  prisma: PrismaService;
  jobs: JobQueueService;
  adminToken: string;
  coachToken: string;
  as(token: string | undefined, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object): ReturnType<NestFastifyApplication['inject']>;
  queueEvents(queue: QueueName): Promise<QueueEvents>;
  close(): Promise<void>;
}

/** API (and optionally the worker) against a simulator, own database and Redis prefix, schedules parked. */
export async function useAdminHarness(label: string, options: { worker: boolean; env?: Record<string, string> }): Promise<AdminHarness> {
  const sim = await startSimulator({ users: 4, seed: 3 });
  const env = await useTestEnvironment(label, syncEnv(sim, options.env));
  const api = await createApiApp();
  await api.init();
  const worker = options.worker ? await createWorkerApp() : undefined;
  await worker?.init();
  const events: QueueEvents[] = [];
  const adminToken = await mintToken(TEST_JWT_SECRET, { sub: 'admin-1', role: 'admin' });
  const coachToken = await mintToken(TEST_JWT_SECRET, { sub: '00000000-0000-4000-8000-000000000001', role: 'coach' });
  return {
    env,
    sim,
    api,
    worker,
    prisma: api.get(PrismaService),
    jobs: api.get(JobQueueService),
    adminToken,
    coachToken,
    as(token, method, url, payload) {
      return injectChecked(api, { method, url, payload, headers: token ? { authorization: `Bearer ${token}` } : {} });
    },
    async queueEvents(queue) {
      const queueEvents = new QueueEvents(queue, { connection: redisOptionsFromUrl(process.env.REDIS_URL!), prefix: env.redisPrefix });
      await queueEvents.waitUntilReady();
      events.push(queueEvents);
      return queueEvents;
    },
    async close() {
      await Promise.all(events.map((queueEvents) => queueEvents.close()));
      await worker?.close();
      await api.close();
      await sim.close();
      await env.teardown();
    },
  };
}

/** Polls until `check` returns a truthy value (e2e only: waits on real workers, never asserts timing). */
export async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
