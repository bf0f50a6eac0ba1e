import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { FieldInputError } from '../http/field-input.error';
import { ApiBadRequestResponse, ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../auth';
import { LeaderboardQuery } from './sync.dto';
import { ScoresReadService } from './scores-read.service';

/** Synced scores for dashboards (admins: everyone; coaches: their own competitors). */
@ApiTags('scores')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid bearer token' })
@Controller('scores')
export class ScoresController {
  constructor(private readonly scores: ScoresReadService) {}

  @Get('competitors/:id')
  @ApiOperation({ summary: 'Totals, sync status, recent solves and Flash CTF results of one competitor' })
  @ApiOkResponse({ description: 'Competitor scores' })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such competitor (or not one of the coach\'s)' })
  competitor(@CurrentUser() user: AuthenticatedUser, @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new FieldInputError('id', 'id must be a UUID') })) id: string) {
    return this.scores.competitorScores(user, id);
  }

  @Get('leaderboard')
  @ApiOperation({ summary: 'Competitors ranked by total score (from the latest totals sweep)' })
  @ApiOkResponse({ description: 'Ranked competitors' })
  @ApiBadRequestResponse({ description: 'Invalid query' })
  leaderboard(@CurrentUser() user: AuthenticatedUser, @Query() query: LeaderboardQuery) {
    return this.scores.leaderboard(user, query);
  }
}
