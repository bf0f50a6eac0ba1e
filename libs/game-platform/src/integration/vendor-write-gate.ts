import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { IntegrationSwitch } from './integration-switch';
import { decideRollout, GAME_PLATFORM_ROLLOUT_DEFAULTS, GAME_PLATFORM_ROLLOUT_FLAG, RolloutDecision, RolloutRule } from './rollout-bucket';

export type GamePlatformAvailability = RolloutDecision | 'switched_off';

export const isAllowed = (availability: GamePlatformAvailability): boolean => availability === 'pilot' || availability === 'in_rollout';

/**
 * Whether a coach's work may reach the game platform: the GAME_PLATFORM_INTEGRATION_ENABLED master
 * switch first, then the `game_platform_integration` flag row (kill switch, pilot list, rollout
 * percentage), read from PostgreSQL on every call so an admin change applies at once, in the API
 * (refuse the request) and in the worker (park the job) alike.
 */
@Injectable()
export class VendorWriteGate {
  constructor(
    private readonly integration: IntegrationSwitch,
    private readonly prisma: PrismaService,
  ) {}

  async availabilityFor(coachId: string): Promise<GamePlatformAvailability> {
    if (!this.integration.enabled) return 'switched_off';
    return this.availabilityUnder(await this.rule(), coachId);
  }

  /** The flag row as it is now, or the defaults while no admin has written it. */
  async rule(): Promise<RolloutRule> {
    return (await this.prisma.featureFlag.findUnique({ where: { name: GAME_PLATFORM_ROLLOUT_FLAG } })) ?? GAME_PLATFORM_ROLLOUT_DEFAULTS;
  }

  /** availabilityFor under a rule the caller has already read, so a request reads the flag row once. */
  availabilityUnder(rule: RolloutRule, coachId: string): GamePlatformAvailability {
    return this.integration.enabled ? decideRollout(GAME_PLATFORM_ROLLOUT_FLAG, rule, coachId) : 'switched_off';
  }
}
