/** One stored answer: the serialized body, the data version it was computed under and when. */
export interface CachedAnswer {
  body: string;
  version: string;
  storedAt: number;
}

interface Limits {
  maxEntries: number;
  maxBytes: number;
}

/**
 * Answers by key, bounded by count and by total body size: a Map keeps insertion order, so reading
 * an entry re-inserts it and the first key is always the least recently used.
 */
export class ReadCacheStore {
  private readonly entries = new Map<string, CachedAnswer>();
  private totalBytes = 0;

  constructor(private readonly limits: Limits) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.totalBytes;
  }

  get(key: string): CachedAnswer | undefined {
    const answer = this.entries.get(key);
    if (!answer) return undefined;
    this.entries.delete(key);
    this.entries.set(key, answer);
    return answer;
  }

  /** Stores the answer unless it alone is over the size budget; evicts the least recently used beyond the limits. */
  set(key: string, answer: CachedAnswer): void {
    this.delete(key);
    const bytes = sizeOf(key, answer);
    if (bytes > this.limits.maxBytes) return;
    this.entries.set(key, answer);
    this.totalBytes += bytes;
    while (this.entries.size > this.limits.maxEntries || this.totalBytes > this.limits.maxBytes) {
      this.delete(this.entries.keys().next().value as string);
    }
  }

  private delete(key: string): void {
    const answer = this.entries.get(key);
    if (!answer) return;
    this.entries.delete(key);
    this.totalBytes -= sizeOf(key, answer);
  }
}

/** UTF-16 code units × 2: what the strings take in V8's heap, near enough for a budget. */
const sizeOf = (key: string, answer: CachedAnswer) => 2 * (key.length + answer.body.length + answer.version.length);
