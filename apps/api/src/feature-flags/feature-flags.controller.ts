import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { FeatureFlagView, GamePlatformAvailabilityView, UpdateFeatureFlagDto } from './feature-flag.dto';
import { FeatureFlagsService } from './feature-flags.service';
import { GamePlatformRollout } from './game-platform-rollout.service';

@ApiTags('feature-flags')
@Roles('admin')
@Controller('feature-flags')
export class FeatureFlagsController {
  constructor(
    private readonly flags: FeatureFlagsService,
    private readonly rollout: GamePlatformRollout,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every feature flag with its current settings (defaults until first saved)' })
  @ApiOkResponse({ type: [FeatureFlagView] })
  listFeatureFlags(): Promise<FeatureFlagView[]> {
    return this.flags.list();
  }

  @Get('game_platform_integration/coaches/:coachId')
  @ApiOperation({ summary: 'Whether one coach is inside the game platform rollout now, and why' })
  @ApiOkResponse({ type: GamePlatformAvailabilityView })
  @ApiProblems({ 400: 'coachId is not a UUID' })
  async getGamePlatformAvailability(@Param('coachId', ParseUUIDPipe) coachId: string): Promise<GamePlatformAvailabilityView> {
    const availability = await this.rollout.availabilityFor(coachId);
    return { coachId, availability, available: availability === 'pilot' || availability === 'in_rollout' };
  }

  @Get(':name')
  @ApiOperation({ summary: 'One feature flag' })
  @ApiOkResponse({ type: FeatureFlagView })
  @ApiProblems({ 404: 'Unknown flag name' })
  getFeatureFlag(@Param('name') name: string): Promise<FeatureFlagView> {
    return this.flags.get(name);
  }

  @Patch(':name')
  @ApiOperation({ summary: 'Change a feature flag: kill switch, rollout percentage, pilot coaches (next request, no restart; audited)' })
  @ApiOkResponse({ type: FeatureFlagView })
  @ApiProblems({ 404: 'Unknown flag name' })
  updateFeatureFlag(@CurrentUser() user: AuthenticatedUser, @Param('name') name: string, @Body() body: UpdateFeatureFlagDto): Promise<FeatureFlagView> {
    return this.flags.update(user, name, body);
  }
}
