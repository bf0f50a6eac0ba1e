import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '../auth';
import { CoachView } from '../coaches/coach.dto';

export const INTEGRATION_MODES = ['read_only', 'paused', 'pilot', 'in_rollout', 'outside_rollout', 'per_coach'] as const;
export type IntegrationMode = (typeof INTEGRATION_MODES)[number];

export class MeUserDto {
  @ApiProperty({ description: 'The JWT subject: a coach id (UUID) for coaches, any identifier for administrators' }) id!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role!: Role;
}

export class IntegrationAccessDto {
  @ApiProperty({ description: 'GAME_PLATFORM_INTEGRATION_ENABLED: false is the read-only soft launch (dashboards work, nothing is sent to the platform)' })
  masterSwitch!: boolean;

  @ApiProperty({
    enum: INTEGRATION_MODES,
    enumName: 'IntegrationMode',
    description:
      'read_only: master switch off; paused: an administrator turned the rollout flag off; pilot / in_rollout / outside_rollout: where this coach stands; per_coach (admins): actions are allowed for competitors of coaches inside the rollout',
  })
  mode!: IntegrationMode;

  @ApiProperty({ description: 'Whether game platform actions ("Add to Game Platform", team sync) may be triggered now' })
  canWrite!: boolean;

  @ApiProperty({ minimum: 0, maximum: 100 }) rolloutPercentage!: number;

  @ApiProperty({ description: 'Pilot coaches on the rollout flag' }) pilotCoachCount!: number;

  @ApiProperty({ type: String, nullable: true, description: 'Why actions are unavailable, for people; null when canWrite' })
  message!: string | null;
}

export class MeDto {
  @ApiProperty({ type: MeUserDto }) user!: MeUserDto;

  @ApiProperty({ type: CoachView, nullable: true, description: 'The coach profile; null for administrators and for a coach not registered yet' })
  coach!: CoachView | null;

  @ApiProperty({ type: IntegrationAccessDto }) integration!: IntegrationAccessDto;
}
