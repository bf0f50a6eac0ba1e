import { Injectable } from '@nestjs/common';
import { GAME_PLATFORM_ROLLOUT_DEFAULTS, GAME_PLATFORM_ROLLOUT_FLAG, IntegrationSwitch, INTEGRATION_DISABLED_MESSAGE, RolloutRule } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { AuthenticatedUser, isAdmin } from '../auth';
import { CoachView } from '../coaches/coach.dto';
import { GamePlatformAvailability, GamePlatformRollout, unavailableMessage } from '../feature-flags/game-platform-rollout.service';
import { IntegrationAccessDto, IntegrationMode, MeDto } from './me.dto';

const NO_PROFILE = 'Your coach profile does not exist yet: ask an administrator to register it';

const MODES: Record<GamePlatformAvailability, IntegrationMode> = {
  switched_off: 'read_only',
  disabled: 'paused',
  pilot: 'pilot',
  in_rollout: 'in_rollout',
  outside_rollout: 'outside_rollout',
};

/** Who the caller is and what the game platform integration lets them do, from the same rules the writes enforce. */
@Injectable()
export class MeService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly integration: IntegrationSwitch,
    private readonly rollout: GamePlatformRollout,
  ) {}

  async me(user: AuthenticatedUser): Promise<MeDto> {
    const [coach, flag] = await Promise.all([
      isAdmin(user) ? null : this.prisma.coach.findUnique({ where: { id: user.id } }),
      this.prisma.featureFlag.findUnique({ where: { name: GAME_PLATFORM_ROLLOUT_FLAG } }),
    ]);
    const rule: RolloutRule = flag ?? GAME_PLATFORM_ROLLOUT_DEFAULTS;
    const flagFigures = { masterSwitch: this.integration.enabled, rolloutPercentage: rule.rolloutPercentage, pilotCoachCount: rule.pilotCoachIds.length };
    return {
      user: { id: user.id, role: user.role },
      coach: coach && CoachView.from(coach),
      integration: { ...flagFigures, ...(await this.access(user, coach !== null, rule)) },
    };
  }

  private async access(user: AuthenticatedUser, hasProfile: boolean, rule: RolloutRule): Promise<Pick<IntegrationAccessDto, 'mode' | 'canWrite' | 'message'>> {
    if (isAdmin(user)) {
      if (!this.integration.enabled) return { mode: 'read_only', canWrite: false, message: INTEGRATION_DISABLED_MESSAGE };
      if (!rule.enabled) return { mode: 'paused', canWrite: false, message: unavailableMessage('disabled') ?? null };
      return { mode: 'per_coach', canWrite: true, message: null };
    }
    const availability = await this.rollout.availabilityFor(user.id);
    const message = unavailableMessage(availability) ?? (hasProfile ? null : NO_PROFILE);
    return { mode: MODES[availability], canWrite: message === null, message };
  }
}
