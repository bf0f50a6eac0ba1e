import { JobDeferral } from '@app/jobs';
import { GamePlatformClient } from './game-platform.client';

/**
 * While the vendor's circuit breaker is open (or probing), a failed job waits one cooldown and
 * runs again with all its attempts left: an outage of any length delays jobs, it does not fail them.
 */
export class VendorOutageDeferral implements JobDeferral {
  constructor(
    private readonly client: GamePlatformClient,
    private readonly cooldownMs: number,
  ) {}

  deferMs(): number | null {
    return this.client.stats().circuit === 'closed' ? null : this.cooldownMs;
  }
}
