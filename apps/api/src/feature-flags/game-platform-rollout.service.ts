import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { GamePlatformAvailability, INTEGRATION_DISABLED_MESSAGE, VendorWriteGate } from '@app/game-platform';

export type { GamePlatformAvailability };

/**
 * Whether a coach's actions may reach the game platform: the env master switch first, then the
 * `game_platform_integration` flag row (kill switch, pilot allow-list, rollout percentage), read on
 * every call so admin changes apply without a restart.
 */
@Injectable()
export class GamePlatformRollout {
  constructor(private readonly gate: VendorWriteGate) {}

  availabilityFor(coachId: string): Promise<GamePlatformAvailability> {
    return this.gate.availabilityFor(coachId);
  }

  /** Why the coach may not use the game platform yet, in words a frontend can show; undefined when they may. */
  async unavailableReason(coachId: string): Promise<string | undefined> {
    return unavailableMessage(await this.availabilityFor(coachId));
  }

  /** Throws 503 with that reason when the coach may not use the game platform yet. */
  async assertEnabledFor(coachId: string): Promise<void> {
    const reason = await this.unavailableReason(coachId);
    if (reason) throw new ServiceUnavailableException(reason);
  }
}

/** Why a coach may not use the game platform now, for people; undefined when they may. */
export const unavailableMessage = (availability: GamePlatformAvailability): string | undefined => UNAVAILABLE_MESSAGES[availability];

const UNAVAILABLE_MESSAGES: Record<GamePlatformAvailability, string | undefined> = {
  switched_off: INTEGRATION_DISABLED_MESSAGE,
  disabled: 'The game platform integration is paused by an administrator: try again later',
  outside_rollout: 'The game platform integration is not yet available for this coach (gradual rollout): an administrator can add the coach to the pilot list',
  pilot: undefined,
  in_rollout: undefined,
};
