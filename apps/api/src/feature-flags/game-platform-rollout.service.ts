import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { IntegrationSwitch, INTEGRATION_DISABLED_MESSAGE } from '@app/game-platform';
import { FeatureFlagsService } from './feature-flags.service';
import { decideRollout, RolloutDecision, RolloutRule } from './rollout-bucket';

const FLAG = 'game_platform_integration';

export type GamePlatformAvailability = RolloutDecision | 'switched_off';

/**
 * Whether a coach's actions may reach the game platform: the env master switch first, then the
 * `game_platform_integration` flag row (kill switch, pilot allow-list, rollout percentage), read on
 * every call so admin changes apply without a restart.
 */
@Injectable()
export class GamePlatformRollout {
  constructor(
    private readonly integration: IntegrationSwitch,
    private readonly flags: FeatureFlagsService,
  ) {}

  /** `rule`: the flag row when the caller has already read it. */
  async availabilityFor(coachId: string, rule?: RolloutRule): Promise<GamePlatformAvailability> {
    if (!this.integration.enabled) return 'switched_off';
    return decideRollout(FLAG, rule ?? (await this.flags.rule(FLAG)), coachId);
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
  outside_rollout:
    'The game platform integration is not yet available for this coach (gradual rollout): an administrator can add the coach to the pilot list',
  pilot: undefined,
  in_rollout: undefined,
};
