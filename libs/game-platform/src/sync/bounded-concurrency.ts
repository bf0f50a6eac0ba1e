/**
 * Runs `task` over `items` with at most `limit` in flight (p-limit style); resolves when all have
 * settled. Tasks report their own failures: a rejection here is a bug and stops the batch.
 */
export async function forEachBounded<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++];
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
