import { GamePlatformErrorCode } from './game-platform.error';
import type { CallContext } from './game-platform.error';

/** One HTTP request to the vendor (an attempt of a call); what a metrics exporter needs. */
export interface VendorCallEvent {
  method: string;
  path: string;
  /** HTTP status, or null when no answer came (timeout, network error). */
  status: number | null;
  durationMs: number;
  attempt: number;
  outcome: 'success' | 'error';
  errorCode?: GamePlatformErrorCode;
  /** Time spent waiting for the shared rate limit before sending. */
  rateLimitWaitMs: number;
  context: CallContext;
}

export type VendorCallListener = (event: VendorCallEvent) => void;

/** Vendor usage of a unit of work (a job, a run); give one to withContext() or read the client's totals. */
export class CallCounter {
  /** Client method invocations. */
  calls = 0;
  /** HTTP requests actually sent to the vendor (retries included). */
  requests = 0;
  failedRequests = 0;
  rateLimitWaits = 0;
  rateLimitWaitMs = 0;

  /** Called just before each HTTP request leaves; a counter that must survive a crash records it here. */
  beforeSend(): Promise<void> | void {}

  recordRequest(event: VendorCallEvent): void {
    this.requests += 1;
    if (event.outcome === 'error') this.failedRequests += 1;
    if (event.rateLimitWaitMs > 0) {
      this.rateLimitWaits += 1;
      this.rateLimitWaitMs += event.rateLimitWaitMs;
    }
  }
}
