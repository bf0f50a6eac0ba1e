import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class UpdateFeatureFlagDto {
  @ApiPropertyOptional({ description: 'Kill switch: false turns the flag off for everyone, pilot coaches included' })
  @IsOptional()
  @IsBoolean({ message: 'enabled must be true or false' })
  enabled?: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Share of coaches (stable hash of the coach id) that get the feature' })
  @IsOptional()
  @IsInt({ message: 'rolloutPercentage must be a whole number' })
  @Min(0, { message: 'rolloutPercentage must be between 0 and 100' })
  @Max(100, { message: 'rolloutPercentage must be between 0 and 100' })
  rolloutPercentage?: number;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Pilot coaches: always included while the flag is enabled. Replaces the list.' })
  @IsOptional()
  @IsArray({ message: 'pilotCoachIds must be an array of coach ids' })
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'each pilotCoachIds entry must be a coach id (UUID)' })
  pilotCoachIds?: string[];
}

export class FeatureFlagView {
  @ApiProperty({ example: 'game_platform_integration' })
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty()
  enabled!: boolean;

  @ApiProperty({ minimum: 0, maximum: 100 })
  rolloutPercentage!: number;

  @ApiProperty({ type: [String], format: 'uuid' })
  pilotCoachIds!: string[];

  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Null while the defaults apply (never saved)' })
  updatedAt!: string | null;
}

export class GamePlatformAvailabilityView {
  @ApiProperty({ format: 'uuid' })
  coachId!: string;

  @ApiProperty({ enum: ['switched_off', 'disabled', 'pilot', 'in_rollout', 'outside_rollout'] })
  availability!: string;

  @ApiProperty({ description: 'Whether the coach may trigger game platform actions now' })
  available!: boolean;
}
