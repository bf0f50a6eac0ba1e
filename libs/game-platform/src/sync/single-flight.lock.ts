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
 *
 * After a clean unlock the connection is kept (holding nothing) for the next run, so a run does not
 * pay for a new connection. Each held lock has a connection of its own: advisory locks are re-entrant
 * per session, so two runs of one process must never share one.
 */
export class SingleFlightLock {
  private idle: Client | null = null;
  private closed = false;

  constructor(private readonly databaseUrl: string) {}

  /** The lock, or null when another holder kept it for longer than `waitMs`. */
  async acquire(name: string, waitMs: number): Promise<HeldLock | null> {
    const reused = this.idle;
    this.idle = null;
    if (reused) {
      try {
        return await this.lockOn(reused, name, waitMs);
      } catch {
        // The kept connection went stale; a fresh one decides.
      }
    }
    return this.lockOn(await this.connect(name), name, waitMs);
  }

  /** Ends the kept connection (at shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    const idle = this.idle;
    this.idle = null;
    await idle?.end().catch(() => undefined);
  }

  private async connect(name: string): Promise<Client> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: `single-flight:${name}` });
    // A broken lock connection must not crash the process; a held run notices at release.
    client.on('error', () => {
      if (this.idle === client) this.idle = null;
      void client.end().catch(() => undefined);
    });
    await client.connect();
    return client;
  }

  private async lockOn(client: Client, name: string, waitMs: number): Promise<HeldLock | null> {
    const [a, b] = lockKeys(name);
    try {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [a, b]);
        if (rows[0].locked) break;
        if (Date.now() >= deadline) {
          this.keep(client);
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
        const unlocked = await client.query<{ unlocked: boolean }>('SELECT pg_advisory_unlock($1, $2) AS unlocked', [a, b]).then(
          ({ rows }) => rows[0].unlocked,
          () => false,
        );
        // Kept only when the lock is known to be gone; otherwise closing the session frees it.
        if (unlocked) this.keep(client);
        else await client.end().catch(() => undefined);
      },
    };
  }

  private keep(client: Client): void {
    if (this.closed || this.idle) void client.end().catch(() => undefined);
    else this.idle = client;
  }
}
