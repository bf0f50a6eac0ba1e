import { Client } from 'pg';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 200;

export interface HeldLock {
  release(): Promise<void>;
}

/** Two signed 32-bit halves of a name's hash: the key space of pg_try_advisory_lock(int, int). */
function lockKeys(name: string): [number, number] {
  const digest = createHash('sha256').update(name).digest();
  return [digest.readInt32BE(0), digest.readInt32BE(4)];
}

/**
 * Single-flight across every worker process: a PostgreSQL session advisory lock held on a dedicated
 * connection for the whole run. A process that dies (even SIGKILL) drops its connection and
 * PostgreSQL frees the lock at once, so no TTL has to outlive a crash.
 */
export class SingleFlightLock {
  constructor(private readonly databaseUrl: string) {}

  /** The lock, or null when another holder kept it for longer than `waitMs`. */
  async acquire(name: string, waitMs: number): Promise<HeldLock | null> {
    const [a, b] = lockKeys(name);
    const client = new Client({ connectionString: this.databaseUrl, application_name: `single-flight:${name}` });
    await client.connect();
    // A broken lock connection must not crash the process; the run notices at release.
    client.on('error', () => undefined);
    try {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [a, b]);
        if (rows[0].locked) break;
        if (Date.now() >= deadline) {
          await client.end();
          return null;
        }
        await sleep(POLL_MS);
      }
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return {
      release: async () => {
        await client.query('SELECT pg_advisory_unlock($1, $2)', [a, b]).catch(() => undefined);
        await client.end().catch(() => undefined);
      },
    };
  }
}
