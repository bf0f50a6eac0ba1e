import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { Queue } from 'bullmq';
import { redisOptionsFromUrl } from '@app/common';
import { QueueName } from '@app/jobs';
import { mintToken } from '../../apps/api/src/auth/mint-token';
import { simulatedUserId, SimulatorControl } from '../../apps/game-platform-sim/src';
import { freePort, OwnPostgres, OwnRedis } from '../support/own-services';
import { timeToWaitFor } from '../support/wait-for';

const ROOT = join(__dirname, '../..');
const JWT_SECRET = 'fault-suite-secret-that-is-long-enough';
export const COMPETITORS = Number(process.env.FAULTS_COMPETITORS ?? 2000);

export interface Answer {
  status: number;
  ms: number;
  body: string;
}

/** An app of the project as a child process (swc-registered TypeScript), logging to a file. */
class AppProcess {
  private child?: ChildProcess;

  constructor(
    readonly name: string,
    private readonly entry: string,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  start(extraEnv: Record<string, string> = {}): void {
    const log = createWriteStream(join(this.logDir, `${this.name}.log`), { flags: 'a' });
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', this.entry], {
      cwd: ROOT,
      env: { ...process.env, ...this.env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.pipe(log);
    this.child.stderr!.pipe(log);
  }

  /** kill -9: no shutdown hook runs. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * Everything the fault suite breaks, all of its own: redis-server and a PostgreSQL cluster on free
 * ports, the vendor simulator, the API and the worker as child processes.
 */
export class FaultStack {
  readonly admin: Promise<string> = mintToken(JWT_SECRET, { sub: 'fault-admin', role: 'admin' });
  coachId = '';
  teamId = '';
  competitorIds: string[] = [];

  private constructor(
    readonly logDir: string,
    readonly redis: OwnRedis,
    readonly pg: OwnPostgres,
    readonly ports: { api: number; worker: number; sim: number },
    readonly sim: AppProcess,
    readonly api: AppProcess,
    readonly worker: AppProcess,
    readonly env: Record<string, string>,
  ) {}

  static async start(): Promise<FaultStack> {
    const [redis, pg] = await Promise.all([OwnRedis.start(), OwnPostgres.start()]);
    const ports = { api: await freePort(), worker: await freePort(), sim: await freePort() };
    const databaseUrl = pg.url('gps_faults');
    const admin = new Client({ connectionString: pg.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE gps_faults');
    await admin.end();
    execFileSync(process.execPath, ['scripts/prisma.js', 'migrate', 'deploy'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: 'ignore',
    });
    const env: Record<string, string> = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      REDIS_KEY_PREFIX: 'gps-faults',
      JWT_SECRET,
      PORT: String(ports.api),
      WORKER_HEALTH_PORT: String(ports.worker),
      GAME_PLATFORM_API_BASE_URL: `http://127.0.0.1:${ports.sim}`,
      GAME_PLATFORM_API_TOKEN: 'fault-token',
      GAME_PLATFORM_TIMEOUT_MS: '2000',
      GAME_PLATFORM_MAX_ATTEMPTS: '2',
      GAME_PLATFORM_RETRY_BASE_DELAY_MS: '50',
      GAME_PLATFORM_RETRY_MAX_DELAY_MS: '200',
      GAME_PLATFORM_MAX_RETRY_AFTER_MS: '1000',
      GAME_PLATFORM_RATE_LIMIT_RPS: '400',
      GAME_PLATFORM_RATE_LIMIT_BURST: '50',
      // The 10-minute outage is compressed: a 2 s cooldown stands for the default 30 s.
      GAME_PLATFORM_BREAKER_THRESHOLD: '5',
      GAME_PLATFORM_BREAKER_COOLDOWN_MS: '2000',
      // One run covers every competitor, the onboarded ones of the scenarios included.
      GAME_PLATFORM_SYNC_BATCH_SIZE: String(COMPETITORS + 100),
      GAME_PLATFORM_SYNC_CONCURRENCY: '16',
      TEAM_SYNC_DEBOUNCE_MS: '200',
      SCHEDULE_RECONCILE_INTERVAL_MS: '10000',
      ROSTER_SWEEP_INTERVAL_MS: '5000',
      SHUTDOWN_GRACE_MS: '2000',
      GP_SIM_PORT: String(ports.sim),
      GP_SIM_TOKEN: 'fault-token',
      GP_SIM_USERS: String(COMPETITORS),
      GP_SIM_SEED: '1111',
    };
    const logDir = mkdtempSync(join(tmpdir(), 'gps-faults-logs-'));
    const stack = new FaultStack(
      logDir,
      redis,
      pg,
      ports,
      new AppProcess('simulator', 'apps/game-platform-sim/src/main.ts', env, logDir),
      new AppProcess('api', 'apps/api/src/main.ts', env, logDir),
      new AppProcess('worker', 'apps/worker/src/main.ts', env, logDir),
      env,
    );
    stack.sim.start();
    await timeToWaitFor(async () => (await stack.probe(`http://127.0.0.1:${ports.sim}/_sim/state`)).status === 200, {
      description: 'the simulator',
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    await stack.seed();
    stack.api.start();
    stack.worker.start();
    await stack.waitReady('api', 90_000);
    await stack.waitReady('worker', 90_000);
    return stack;
  }

  get control(): SimulatorControl {
    return new SimulatorControl(`http://127.0.0.1:${this.ports.sim}/_sim`);
  }

  url(app: 'api' | 'worker', path: string): string {
    return `http://127.0.0.1:${app === 'api' ? this.ports.api : this.ports.worker}${path}`;
  }

  /** A request timed from the caller's side; a hang shows as status 0 after 10 s. */
  async probe(url: string, init: RequestInit = {}): Promise<Answer> {
    const started = Date.now();
    try {
      const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
      return { status: response.status, ms: Date.now() - started, body: await response.text() };
    } catch (error) {
      return { status: 0, ms: Date.now() - started, body: (error as Error).message };
    }
  }

  async call(app: 'api' | 'worker', method: string, path: string): Promise<Answer> {
    return this.probe(this.url(app, path), { method, headers: { authorization: `Bearer ${await this.admin}` } });
  }

  async waitReady(app: 'api' | 'worker', timeoutMs: number): Promise<number> {
    return timeToWaitFor(async () => (await this.probe(this.url(app, '/health/ready'))).status === 200, {
      description: `${app} readiness`,
      timeoutMs: timeoutMs,
      intervalMs: 100,
    });
  }

  db(): Promise<Client> {
    const client = new Client({ connectionString: this.env.DATABASE_URL });
    client.on('error', () => undefined);
    return client.connect().then(() => client);
  }

  queue(name: QueueName): Queue {
    return new Queue(name, { connection: redisOptionsFromUrl(this.redis.url), prefix: this.env.REDIS_KEY_PREFIX });
  }

  async stop(): Promise<void> {
    await Promise.all([this.api.kill(), this.worker.kill(), this.sim.kill()]);
    this.redis.kill();
    this.pg.destroy();
  }

  /** A coach with every simulator user as an onboarded competitor, and one empty team. */
  private async seed(): Promise<void> {
    const db = await this.db();
    try {
      this.coachId = (
        await db.query<{ id: string }>(
          `INSERT INTO coaches (email, first_name, last_name, updated_at) VALUES ('faults@example.test', 'Fay', 'Ults', now()) RETURNING id`,
        )
      ).rows[0].id;
      const ids = Array.from({ length: COMPETITORS }, (_, i) => simulatedUserId(i));
      const rows = await db.query<{ id: string }>(
        `INSERT INTO competitors (coach_id, first_name, last_name, status, game_platform_id, updated_at)
         SELECT $1, 'First' || n, 'Last' || n, 'complete', id::uuid, now() FROM unnest($2::text[]) WITH ORDINALITY AS t(id, n) RETURNING id`,
        [this.coachId, ids],
      );
      this.competitorIds = rows.rows.map((row) => row.id);
      this.teamId = (
        await db.query<{ id: string }>(
          `INSERT INTO teams (coach_id, name, division, affiliation, updated_at) VALUES ($1, 'Faults', 'high_school', 'Lincoln High', now()) RETURNING id`,
          [this.coachId],
        )
      ).rows[0].id;
    } finally {
      await db.end();
    }
  }
}
