/**
 * Runs `task` over `items` with at most `limit` in flight (p-limit style); resolves when all have
 * settled. Tasks report their own failures: a rejection here stops the batch (no new items start)
 * and is rethrown once the tasks already in flight have settled, so nothing outlives the call.
 */
export async function forEachBounded<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let stopped = false;
  const lane = async () => {
    while (!stopped && next < items.length) {
      const item = items[next++];
      try {
        await task(item);
      } catch (error) {
        stopped = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, lane));
  const failure = lanes.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
}
