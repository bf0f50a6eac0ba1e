import { AsyncLocalStorage } from 'node:async_hooks';

/** Correlation ids of the unit of work in progress: an HTTP request or a job. Every log line carries them. */
export interface CorrelationIds {
  requestId?: string;
  jobId?: string;
  jobName?: string;
  competitorId?: string;
  teamId?: string;
  runId?: string;
}

const storage = new AsyncLocalStorage<CorrelationIds>();

/** The correlation ids in scope for the current async call chain; `run` adds ids for a nested unit of work. */
export const CorrelationScope = {
  run<T>(ids: CorrelationIds, fn: () => T): T {
    return storage.run({ ...storage.getStore(), ...ids }, fn);
  },
  current(): CorrelationIds {
    return storage.getStore() ?? {};
  },
};
