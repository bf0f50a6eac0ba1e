import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitForOptions<T> {
  /** What is awaited, in words: the failure message names it. */
  description: string;
  /** When the probe's value is good enough; by default any truthy value. */
  until?: (value: T) => boolean;
  /** Generous by default: the suite runs on loaded machines, and a wait that passes costs only its real duration. */
  timeoutMs?: number;
  intervalMs?: number;
}

type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

/**
 * Calls `probe` until its value is accepted and returns that value; after `timeoutMs` fails with the
 * description and the last value observed. The one way the tests wait for state another process,
 * queue or app is bringing about: never a fixed sleep, never a timing assertion.
 */
export function waitFor<T>(probe: () => Promise<T> | T, options: WaitForOptions<T> & { until?: undefined }): Promise<Truthy<T>>;
export function waitFor<T>(probe: () => Promise<T> | T, options: WaitForOptions<T>): Promise<T>;
export async function waitFor<T>(probe: () => Promise<T> | T, options: WaitForOptions<T>): Promise<T> {
  const { description, until = Boolean, timeoutMs = 30_000, intervalMs = 50 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (until(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}; last observed: ${describe(value)}`);
    await sleep(intervalMs);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 500 ? `${text.slice(0, 500)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** How long `waitFor` took, in ms: for the suites that report recovery times (the fault suite). */
export async function timeToWaitFor<T>(probe: () => Promise<T> | T, options: WaitForOptions<T>): Promise<number> {
  const started = Date.now();
  await waitFor(probe, options);
  return Date.now() - started;
}
