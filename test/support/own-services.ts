import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from './wait-for';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** A TCP port nothing listens on right now, picked by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A redis-server of the caller's own on a free port, without persistence: kill() is kill -9, and
 * start() after it brings back an empty Redis on the same port (a Redis that lost its data).
 */
export class OwnRedis {
  private process?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.process = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(() => answers(this.port), { description: 'redis-server to answer', timeoutMs: 10_000, intervalMs: 50 });
  }

  kill(): void {
    this.process?.kill('SIGKILL');
    this.process = undefined;
  }
}

function answers(port: number): boolean {
  try {
    return execFileSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() === 'PONG';
  } catch {
    return false;
  }
}

/**
 * A throwaway PostgreSQL cluster (initdb in a temp dir, trust auth, user postgres) on a free port,
 * which the caller may stop and start at will: never the machine's shared one.
 */
export class OwnPostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'gps-faults-pg-'));
    if (runsAsRoot()) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'])), Number(execFileSync('id', ['-g', 'postgres'])));
    pgCommand('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '--no-sync']);
    const pg = new OwnPostgres(await freePort(), dir);
    pg.start();
    return pg;
  }

  url(database: string): string {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }

  start(): void {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    pgCommand('pg_ctl', ['-D', join(this.dir, 'data'), '-o', options, '-l', join(this.dir, 'log'), '-w', 'start']);
  }

  /** An immediate stop: open connections are cut as by a crash. */
  stop(): void {
    pgCommand('pg_ctl', ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  }

  destroy(): void {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const runsAsRoot = () => process.getuid?.() === 0;

/** PostgreSQL's tools refuse to run as root: there they run as the postgres user. */
function pgCommand(tool: string, args: string[]): void {
  const [command, ...rest] = runsAsRoot() ? ['runuser', '-u', 'postgres', '--', `${PG_BIN}/${tool}`, ...args] : [`${PG_BIN}/${tool}`, ...args];
  execFileSync(command, rest, { stdio: 'ignore' });
}
