import 'reflect-metadata';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { loadDotEnv } from '@app/common';
import { mintToken } from '../apps/api/src/auth/mint-token';
import { startSimulator } from '../apps/game-platform-sim/src';
import { DEV_DEFAULTS } from './dev-defaults';
import { seedDemoData } from './demo-data';

/**
 * `npm run dev`: the whole product on one machine. Creates and migrates the database, starts the
 * vendor simulator when no GAME_PLATFORM_API_BASE_URL is set, seeds demo data into an empty
 * database (and asks for a first score sync, so the dashboards fill at once rather than at the first
 * scheduled sync), then runs the API and the worker with readable logs until Ctrl-C.
 */

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      console.log(`created database ${name}`);
    }
  } finally {
    await client.end();
  }
}

function migrate(): void {
  const result = spawnSync(process.execPath, ['scripts/prisma.js', 'migrate', 'deploy'], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) throw new Error('prisma migrate deploy failed');
}

function run(name: string, entry: string): ChildProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], { stdio: 'inherit', env: process.env });
  child.on('exit', (code, signal) => console.log(`${name} exited (${signal ?? code})`));
  return child;
}

async function main() {
  loadDotEnv();
  for (const [key, value] of Object.entries(DEV_DEFAULTS)) process.env[key] ??= value;
  await ensureDatabase(process.env.DATABASE_URL!);
  migrate();

  let closeSimulator: () => Promise<void> = async () => undefined;
  if (!process.env.GAME_PLATFORM_API_BASE_URL) {
    const sim = await startSimulator({ port: Number(process.env.GP_SIM_PORT ?? 4010), token: process.env.GP_SIM_TOKEN });
    process.env.GAME_PLATFORM_API_BASE_URL = sim.url;
    process.env.GAME_PLATFORM_API_TOKEN = sim.token;
    closeSimulator = () => sim.close();
    console.log(`game platform simulator on ${sim.url} (token "${sim.token}", control API ${sim.controlUrl})`);
  }

  const seeded = await seedDemoData(process.env.DATABASE_URL!);
  if (seeded) console.log(`demo data seeded: ${seeded}`);

  const children = [run('api', 'apps/api/src/main.ts'), run('worker', 'apps/worker/src/main.ts')];
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const child of children) child.kill('SIGTERM');
    void Promise.all(children.map((child) => new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)))))
      .then(closeSimulator)
      .then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  for (const child of children) child.once('exit', stop);
  console.log(`API on http://127.0.0.1:${process.env.PORT ?? 3000} (docs at /docs); admin token: npm run token -- --role admin`);
  if (seeded) await requestFirstSync();
}

/** POST /sync/runs as an admin once the API is ready: the worker syncs the demo competitors' scores. */
async function requestFirstSync(): Promise<void> {
  const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  for (let attempt = 0; attempt < 240; attempt++) {
    const ready = await fetch(`${api}/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    await sleep(500);
  }
  const token = await mintToken(process.env.JWT_SECRET!, { sub: randomUUID(), role: 'admin' });
  const response = await fetch(`${api}/sync/runs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  console.log(response.ok ? 'first score sync requested' : `first score sync not requested: HTTP ${response.status}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
