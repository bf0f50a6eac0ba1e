import { Injectable } from '@nestjs/common';
import { IntegrationSwitch, INTEGRATION_DISABLED_MESSAGE, RolloutRule, VendorWriteGate } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { AuthenticatedUser, isAdmin } from '../auth';
import { CoachView } from '../coaches/coach.dto';
import { GamePlatformAvailability, unavailableMessage } from '../feature-flags/game-platform-rollout.service';
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
    private readonly gate: VendorWriteGate,
  ) {}

  async me(user: AuthenticatedUser): Promise<MeDto> {
    const [coach, rule] = await Promise.all([isAdmin(user) ? null : this.prisma.coach.findUnique({ where: { id: user.id } }), this.gate.rule()]);
    const flagFigures = { masterSwitch: this.integration.enabled, rolloutPercentage: rule.rolloutPercentage, pilotCoachCount: rule.pilotCoachIds.length };
    return {
      user: { id: user.id, role: user.role },
      coach: coach && CoachView.from(coach),
      integration: { ...flagFigures, ...this.access(user, coach !== null, rule) },
    };
  }

  private access(user: AuthenticatedUser, hasProfile: boolean, rule: RolloutRule): Pick<IntegrationAccessDto, 'mode' | 'canWrite' | 'message'> {
    if (isAdmin(user)) {
      if (!this.integration.enabled) return { mode: 'read_only', canWrite: false, message: INTEGRATION_DISABLED_MESSAGE };
      if (!rule.enabled) return { mode: 'paused', canWrite: false, message: unavailableMessage('disabled') ?? null };
      return { mode: 'per_coach', canWrite: true, message: null };
    }
    const availability = this.gate.availabilityUnder(rule, user.id);
    const message = unavailableMessage(availability) ?? (hasProfile ? null : NO_PROFILE);
    return { mode: MODES[availability], canWrite: message === null, message };
  }
}
