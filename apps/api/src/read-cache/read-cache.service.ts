import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { Counter, Gauge } from 'prom-client';
import { DataVersion, MetricsRegistry } from '@app/common';
import { readCacheConfig } from './read-cache.config';
import { ReadCacheStore } from './read-cache.store';

/**
 * How a request was answered, as in RFC 9211's Cache-Status: `hit` (fresh), `stale` (past its TTL
 * but within a second TTL, served while one request refreshes it), `miss` (computed by this
 * request), `collapsed` (waited for the same computation started by a concurrent request),
 * `bypass` (cache disabled, or Redis did not answer so the data version is unknown).
 */
export type ReadCacheResult = 'hit' | 'stale' | 'miss' | 'collapsed' | 'bypass';

export interface ReadCacheAnswer {
  body: string;
  result: ReadCacheResult;
  /** Seconds the answer has left before it is stale (negative: how long it has been stale); absent when computed now. */
  ttlSeconds?: number;
}

/**
 * The API's in-process cache of serialized JSON reads. An answer is served only while the data
 * version it was computed under is still the current one (every write replaces it), so a client
 * always reads its own writes; the TTL bounds staleness for writers that do not replace it.
 * Concurrent misses for one key and version run the computation once.
 */
@Injectable()
export class ReadCache {
  private readonly logger = new Logger(ReadCache.name);
  private readonly store: ReadCacheStore;
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly lookups: Counter<'result'>;
  private readonly ttlMs: number;

  constructor(
    @Inject(readCacheConfig.KEY) config: ConfigType<typeof readCacheConfig>,
    private readonly dataVersion: DataVersion,
    metrics: MetricsRegistry,
  ) {
    this.ttlMs = config.READ_CACHE_TTL_MS;
    this.store = new ReadCacheStore({ maxEntries: config.READ_CACHE_MAX_ENTRIES, maxBytes: config.READ_CACHE_MAX_MB * 1024 * 1024 });
    this.lookups = new Counter({
      name: 'gps_read_cache_requests_total',
      help: 'Cached JSON reads by how they were answered: hit, stale, miss (computed), collapsed (waited for a concurrent miss), bypass',
      labelNames: ['result'],
      registers: [metrics],
    });
    const store = this.store;
    new Gauge({
      name: 'gps_read_cache_entries',
      help: 'Answers held by the read cache of this API process',
      registers: [metrics],
      collect() {
        this.set(store.size);
      },
    });
    new Gauge({
      name: 'gps_read_cache_bytes',
      help: 'Approximate heap size of the answers held by the read cache of this API process',
      registers: [metrics],
      collect() {
        this.set(store.bytes);
      },
    });
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The serialized answer for `key`, from the cache when it is current, else from `compute`. */
  async read(key: string, compute: () => Promise<unknown>): Promise<ReadCacheAnswer> {
    const version = this.enabled ? await this.currentVersion() : null;
    if (version === null) return this.count({ body: serialize(await compute()), result: 'bypass' });
    const cached = this.store.get(key);
    if (cached?.version === version) {
      const ageMs = Date.now() - cached.storedAt;
      const ttlSeconds = Math.floor((this.ttlMs - ageMs) / 1000);
      if (ageMs < this.ttlMs) return this.count({ body: cached.body, result: 'hit', ttlSeconds });
      if (ageMs < 2 * this.ttlMs) {
        this.computeOnce(key, version, compute).catch((error: unknown) => this.logger.warn({ msg: 'read cache refresh failed', key, err: error }));
        return this.count({ body: cached.body, result: 'stale', ttlSeconds });
      }
    }
    const running = this.inFlight.get(flightKey(version, key));
    if (running) return this.count({ body: await running, result: 'collapsed' });
    return this.count({ body: await this.computeOnce(key, version, compute), result: 'miss' });
  }

  /** Runs `compute` unless a run for the same key and version is under way, and stores what it answers. */
  private computeOnce(key: string, version: string, compute: () => Promise<unknown>): Promise<string> {
    const flight = flightKey(version, key);
    const running = this.inFlight.get(flight);
    if (running) return running;
    const computing = (async () => {
      const body = serialize(await compute());
      this.store.set(key, { body, version, storedAt: Date.now() });
      return body;
    })().finally(() => this.inFlight.delete(flight));
    this.inFlight.set(flight, computing);
    return computing;
  }

  /** null when Redis does not answer: the read is then computed as if there were no cache, never refused. */
  private async currentVersion(): Promise<string | null> {
    try {
      return await this.dataVersion.current();
    } catch (error) {
      this.logger.debug({ msg: 'read cache bypassed: data version unavailable', err: error });
      return null;
    }
  }

  private count(answer: ReadCacheAnswer): ReadCacheAnswer {
    this.lookups.inc({ result: answer.result });
    return answer;
  }
}

const flightKey = (version: string, key: string) => `${version}\n${key}`;

/** What Fastify would send for the handler's value: JSON.stringify, so cached and computed bodies are the same bytes. */
const serialize = (value: unknown): string => JSON.stringify(value);
