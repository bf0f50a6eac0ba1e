/** Provider token of the optional JobDeferral a worker app may bind. */
export const JOB_DEFERRAL = Symbol('JobDeferral');

/**
 * Decides whether a failed job attempt should wait instead of counting as a failure: while a
 * dependency is known to be out (the vendor's circuit breaker is open), retrying only burns the
 * job's attempts, so the job is delayed and keeps them all.
 */
export interface JobDeferral {
  /** Milliseconds to delay the job without spending an attempt, or null to let the failure count. */
  deferMs(): number | null;
}
