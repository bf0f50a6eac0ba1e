import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { VendorActionRateLimited } from '../rate-limit/vendor-action-rate-limit.guard';
import { GamePlatformJobAccepted, OnboardingStateView, RetryFailedDto, RetryFailedResult } from './competitor-game-platform.dto';
import { CompetitorGamePlatformService } from './competitor-game-platform.service';

const UNAVAILABLE = 'GAME_PLATFORM_INTEGRATION_ENABLED is false, the flag is paused, or the coach is outside the rollout';
const NOT_VISIBLE = 'No such competitor, or not one of the calling coach';
const ID = 'id is not a UUID';

@ApiTags('competitors: game platform')
@Controller('competitors')
export class CompetitorGamePlatformController {
  constructor(private readonly gamePlatform: CompetitorGamePlatformService) {}

  @Post('game-platform/retry-failed')
  @HttpCode(HttpStatus.ACCEPTED)
  @VendorActionRateLimited()
  @ApiOperation({ summary: 'Re-enqueue failed onboardings: of one coach (coachId) or all: true (a coach: all of their own)' })
  @ApiAcceptedResponse({ type: RetryFailedResult })
  @ApiProblems({ 400: 'Invalid coachId, a coach naming another coach, or neither coachId nor all: true', 503: UNAVAILABLE })
  retryFailedOnboardings(@CurrentUser() user: AuthenticatedUser, @Body() body: RetryFailedDto): Promise<RetryFailedResult> {
    return this.gamePlatform.retryFailed(user, body);
  }

  @Post(':id/game-platform')
  @HttpCode(HttpStatus.ACCEPTED)
  @VendorActionRateLimited()
  @ApiOperation({ summary: 'Add to Game Platform: enqueue the onboarding job (same job while one is pending)' })
  @ApiAcceptedResponse({ type: GamePlatformJobAccepted })
  @ApiProblems({ 400: ID, 404: NOT_VISIBLE, 409: 'Status is not compliance (the message says what is missing) or already on the platform', 503: UNAVAILABLE })
  onboardCompetitor(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<GamePlatformJobAccepted> {
    return this.gamePlatform.onboard(user, id);
  }

  @Get(':id/game-platform')
  @ApiOperation({ summary: 'Onboarding state: not_started | pending | synced | error, with an actionable message' })
  @ApiOkResponse({ type: OnboardingStateView })
  @ApiProblems({ 400: ID, 404: NOT_VISIBLE })
  getOnboardingState(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<OnboardingStateView> {
    return this.gamePlatform.state(user, id);
  }

  @Post(':id/game-platform/retry')
  @HttpCode(HttpStatus.ACCEPTED)
  @VendorActionRateLimited()
  @ApiOperation({ summary: 'Retry a failed onboarding' })
  @ApiAcceptedResponse({ type: GamePlatformJobAccepted })
  @ApiProblems({
    400: ID,
    404: NOT_VISIBLE,
    409: 'Nothing to retry (never sent, or already on the platform) or the profile is no longer ready',
    503: UNAVAILABLE,
  })
  retryOnboarding(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<GamePlatformJobAccepted> {
    return this.gamePlatform.retry(user, id);
  }

  @Post(':id/game-platform/relink')
  @HttpCode(HttpStatus.ACCEPTED)
  @Roles('admin')
  @VendorActionRateLimited()
  @ApiOperation({
    summary:
      'Re-onboard a competitor whose Game Platform account is missing (repeated 404s): the account is created again under its platform id; stored solves are kept',
  })
  @ApiAcceptedResponse({ type: GamePlatformJobAccepted })
  @ApiProblems({
    400: ID,
    404: NOT_VISIBLE,
    409: 'Not on the platform yet, the account is not missing, or the profile is no longer complete',
    503: UNAVAILABLE,
  })
  relinkCompetitorAccount(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<GamePlatformJobAccepted> {
    return this.gamePlatform.relink(user, id);
  }

  @Delete(':id/game-platform/error')
  @ApiOperation({ summary: 'Clear the onboarding error message' })
  @ApiOkResponse({ type: OnboardingStateView })
  @ApiProblems({ 400: ID, 404: NOT_VISIBLE })
  clearOnboardingError(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<OnboardingStateView> {
    return this.gamePlatform.clearError(user, id);
  }

  @Post(':id/game-platform/sync')
  @HttpCode(HttpStatus.ACCEPTED)
  @VendorActionRateLimited()
  @ApiOperation({
    summary: 'Sync this competitor now: read their scores and Flash CTF progress from the platform at once',
    description: 'A coach for their own competitors (rate-limited), an admin for anyone. The result shows in gamePlatform.scoreSync of GET /competitors/{id}.',
  })
  @ApiAcceptedResponse({ type: GamePlatformJobAccepted })
  @ApiProblems({
    400: 'The id is not a UUID',
    404: NOT_VISIBLE,
    409: 'The competitor is not on the Game Platform yet',
    429: 'Too many vendor actions; see Retry-After',
  })
  syncNow(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<GamePlatformJobAccepted> {
    return this.gamePlatform.syncNow(user, id);
  }

  @Post(':id/game-platform/password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @VendorActionRateLimited()
  @ApiOperation({ summary: 'Have the Game Platform email the competitor a password reset link' })
  @ApiAcceptedResponse({ type: GamePlatformJobAccepted })
  @ApiProblems({ 400: ID, 404: NOT_VISIBLE, 409: 'The competitor is not on the Game Platform yet', 503: UNAVAILABLE })
  sendPasswordReset(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<GamePlatformJobAccepted> {
    return this.gamePlatform.sendPasswordReset(user, id);
  }
}
