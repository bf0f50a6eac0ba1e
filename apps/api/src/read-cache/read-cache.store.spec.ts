import { ReadCacheStore } from './read-cache.store';

const answer = (body: string) => ({ body, version: 'v', storedAt: 0 });

describe('ReadCacheStore', () => {
  it('evicts the least recently used beyond the entry limit', () => {
    const store = new ReadCacheStore({ maxEntries: 2, maxBytes: 1_000_000 });
    store.set('a', answer('1'));
    store.set('b', answer('2'));
    store.get('a');
    store.set('c', answer('3'));
    expect([store.get('a')?.body, store.get('b'), store.get('c')?.body]).toEqual(['1', undefined, '3']);
    expect(store.size).toBe(2);
  });

  it('evicts beyond the byte budget, keeps the total exact on replace, and skips an answer over the budget alone', () => {
    const store = new ReadCacheStore({ maxEntries: 100, maxBytes: 2 * (1 + 10 + 1) * 2 });
    store.set('a', answer('x'.repeat(10)));
    store.set('b', answer('y'.repeat(10)));
    expect(store.bytes).toBe(48);
    store.set('b', answer('z'.repeat(10)));
    expect(store.bytes).toBe(48);
    store.set('c', answer('w'.repeat(10)));
    expect([store.get('a'), store.get('b')?.body, store.get('c')?.body]).toEqual([undefined, 'z'.repeat(10), 'w'.repeat(10)]);
    store.set('d', answer('v'.repeat(100)));
    expect([store.get('d'), store.size, store.bytes]).toEqual([undefined, 2, 48]);
  });
});
