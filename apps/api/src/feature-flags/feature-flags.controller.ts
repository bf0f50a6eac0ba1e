import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth';
import { FeatureFlagView, GamePlatformAvailabilityView, UpdateFeatureFlagDto } from './feature-flag.dto';
import { FeatureFlagsService } from './feature-flags.service';
import { GamePlatformRollout } from './game-platform-rollout.service';

@ApiTags('feature-flags')
@ApiUnauthorizedResponse({ description: 'Missing or invalid bearer token' })
@ApiForbiddenResponse({ description: 'Admins only' })
@Roles('admin')
@Controller('feature-flags')
export class FeatureFlagsController {
  constructor(
    private readonly flags: FeatureFlagsService,
    private readonly rollout: GamePlatformRollout,
  ) {}

  @Get()
  @ApiOkResponse({ type: [FeatureFlagView] })
  list(): Promise<FeatureFlagView[]> {
    return this.flags.list();
  }

  @Get('game_platform_integration/coaches/:coachId')
  @ApiOkResponse({ type: GamePlatformAvailabilityView, description: 'Whether this coach is inside the game platform rollout now' })
  @ApiBadRequestResponse({ description: 'coachId is not a UUID' })
  async gamePlatformAvailability(@Param('coachId', ParseUUIDPipe) coachId: string): Promise<GamePlatformAvailabilityView> {
    const availability = await this.rollout.availabilityFor(coachId);
    return { coachId, availability, available: availability === 'pilot' || availability === 'in_rollout' };
  }

  @Get(':name')
  @ApiOkResponse({ type: FeatureFlagView })
  @ApiNotFoundResponse({ description: 'Unknown flag name' })
  get(@Param('name') name: string): Promise<FeatureFlagView> {
    return this.flags.get(name);
  }

  @Patch(':name')
  @ApiOkResponse({ type: FeatureFlagView, description: 'Takes effect on the next request, no restart; audited' })
  @ApiBadRequestResponse({ description: 'Invalid field values' })
  @ApiNotFoundResponse({ description: 'Unknown flag name' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('name') name: string, @Body() body: UpdateFeatureFlagDto): Promise<FeatureFlagView> {
    return this.flags.update(user, name, body);
  }
}
