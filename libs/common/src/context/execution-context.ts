import { AsyncLocalStorage } from 'node:async_hooks';

/** Correlation ids of the unit of work in progress: an HTTP request or a job. Every log line carries them. */
export interface ExecutionIds {
  requestId?: string;
  jobId?: string;
  jobName?: string;
  competitorId?: string;
  teamId?: string;
  runId?: string;
}

const storage = new AsyncLocalStorage<ExecutionIds>();

export const ExecutionContext = {
  run<T>(ids: ExecutionIds, fn: () => T): T {
    return storage.run({ ...storage.getStore(), ...ids }, fn);
  },
  current(): ExecutionIds {
    return storage.getStore() ?? {};
  },
};
