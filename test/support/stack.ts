import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QueueEvents } from 'bullmq';
import Redis from 'ioredis';
import { redisOptionsFromUrl } from '@app/common';
import { JobQueueService, QueueName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { mintToken, Role } from '../../apps/api/src/auth';
import { SimulatorHandle, SimulatorOptions, startSimulator } from '../../apps/game-platform-sim/src';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { injectChecked } from './contract';
import { TEST_JWT_SECRET, useTestEnvironment } from './environment';

/** Far from any test run: the schedules exist but never fire while a test is running. */
const NEVER = '0 0 1 1 *';

/** Environment of apps talking to `sim`: fast retries, no limiter or breaker in the way, schedules parked. */
export function vendorEnv(sim: SimulatorHandle, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GAME_PLATFORM_API_BASE_URL: sim.url,
    GAME_PLATFORM_API_TOKEN: sim.token,
    GAME_PLATFORM_TIMEOUT_MS: '2000',
    GAME_PLATFORM_RETRY_BASE_DELAY_MS: '10',
    GAME_PLATFORM_RETRY_MAX_DELAY_MS: '50',
    GAME_PLATFORM_RATE_LIMIT_RPS: '2000',
    GAME_PLATFORM_RATE_LIMIT_BURST: '2000',
    GAME_PLATFORM_BREAKER_THRESHOLD: '1000',
    GAME_PLATFORM_SYNC_CRON: NEVER,
    GAME_PLATFORM_TOTALS_SWEEP_CRON: NEVER,
    MAINTENANCE_CLEANUP_CRON: NEVER,
    ...extra,
  };
}

export interface StackOptions {
  /** Start the vendor simulator (with these options) and point the apps at it through `vendorEnv`. */
  simulator?: true | SimulatorOptions;
  api?: boolean;
  worker?: boolean;
  /** Environment for the apps, applied last. */
  env?: Record<string, string>;
}

export interface Caller {
  id: string;
  token: string;
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An API answer: `body` is the parsed JSON when the answer is JSON, `text` the raw body. */
export interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: any;
  text: string;
}

/** The parts a stack was started with. */
export type Part = 'simulator' | 'api' | 'worker';
type PartsOf<O extends StackOptions> =
  | (O extends { simulator: true | SimulatorOptions } ? 'simulator' : never)
  | (O extends { api: true } ? 'api' : never)
  | (O extends { worker: true } ? 'worker' : never);
/** T when the stack has any of the `Wanted` parts. */
type If<P extends Part, Wanted extends Part, T> = [Extract<P, Wanted>] extends [never] ? undefined : T;

export interface TestStack<P extends Part = never> {
  databaseUrl: string;
  redisPrefix: string;
  sim: If<P, 'simulator', SimulatorHandle>;
  api: If<P, 'api', NestFastifyApplication>;
  worker: If<P, 'worker', NestFastifyApplication>;
  /** The API's PrismaService, or the worker's when there is no API. */
  prisma: If<P, 'api' | 'worker', PrismaService>;
  jobs: If<P, 'api', JobQueueService>;
  /** A user id with a signed bearer token for `role`; a new id unless one is given. */
  caller(role: Role, id?: string): Promise<Caller>;
  /** One request to the API, in-process and checked against openapi.json; objects are sent as JSON. */
  request(token: string | null | undefined, method: Method, url: string, payload?: unknown, headers?: Record<string, string>): Promise<Answer>;
  /** QueueEvents on this stack's Redis prefix, closed by close(). */
  queueEvents(queue: QueueName): Promise<QueueEvents>;
  /** A Redis connection of its own, closed by close(). */
  redis(): Redis;
  /** Extra cleanup, run (last registered first) before the apps stop. */
  onClose(cleanup: () => unknown): void;
  close(): Promise<void>;
}

/**
 * Everything one test file needs, of its own: a database cloned from the run's template, a Redis key
 * prefix, and on request the simulator, the API and the worker (in-process), all stopped by close().
 */
export async function testStack<const O extends StackOptions>(label: string, options: O): Promise<TestStack<PartsOf<O>>> {
  const sim = options.simulator ? await startSimulator(options.simulator === true ? {} : options.simulator) : undefined;
  const environment = await useTestEnvironment(label, sim ? vendorEnv(sim, options.env) : options.env);
  const api = options.api ? await createApiApp() : undefined;
  await api?.init();
  const worker = options.worker ? await createWorkerApp() : undefined;
  await worker?.init();
  const cleanups: (() => unknown)[] = [];
  const connections: Redis[] = [];
  const events: QueueEvents[] = [];

  const stack: Omit<TestStack<Part>, 'sim' | 'api' | 'worker' | 'prisma' | 'jobs'> & Partial<TestStack<Part>> = {
    databaseUrl: environment.databaseUrl,
    redisPrefix: environment.redisPrefix,
    sim,
    api,
    worker,
    prisma: (api ?? worker)?.get(PrismaService),
    jobs: api?.get(JobQueueService),
    caller: async (role, id = randomUUID()) => ({ id, token: await mintToken(TEST_JWT_SECRET, { sub: id, role }) }),
    async request(token, method, url, payload, headers = {}) {
      if (!api) throw new Error('request() needs a stack started with api: true');
      const sent = payload === undefined || typeof payload === 'string' ? payload : JSON.stringify(payload);
      const response = await injectChecked(api, {
        method,
        url,
        payload: sent,
        headers: {
          ...(sent !== undefined && { 'content-type': 'application/json' }),
          ...(token && { authorization: `Bearer ${token}` }),
          ...headers,
        },
      });
      const json = response.body !== '' && String(response.headers['content-type'] ?? '').includes('json');
      return { statusCode: response.statusCode, headers: response.headers, body: json ? response.json() : undefined, text: response.body };
    },
    async queueEvents(queue) {
      const queueEvents = new QueueEvents(queue, { connection: redisOptionsFromUrl(process.env.REDIS_URL!), prefix: environment.redisPrefix });
      events.push(queueEvents);
      await queueEvents.waitUntilReady();
      return queueEvents;
    },
    redis() {
      const connection = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: 2 });
      connections.push(connection);
      return connection;
    },
    onClose(cleanup) {
      cleanups.push(cleanup);
    },
    async close() {
      for (const cleanup of cleanups.reverse()) await cleanup();
      await Promise.all(events.map((queueEvents) => queueEvents.close()));
      await worker?.close();
      await api?.close();
      await sim?.close();
      await Promise.all(connections.map((connection) => connection.quit()));
      await environment.teardown();
    },
  };
  return stack as TestStack<PartsOf<O>>;
}
