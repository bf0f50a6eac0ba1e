import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FieldInputError } from '../http/field-input.error';
import { AuthenticatedUser, CurrentUser } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { LeaderboardQuery } from './sync.dto';
import { CompetitorScoresView, LeaderboardEntryView } from './sync-read.dto';
import { ScoresReadService } from './scores-read.service';

/** Synced scores for dashboards (admins: everyone; coaches: their own competitors). */
@ApiTags('scores')
@Controller('scores')
export class ScoresController {
  constructor(private readonly scores: ScoresReadService) {}

  @Get('competitors/:id')
  @ApiOperation({ summary: 'Totals, sync status, recent solves and Flash CTF results of one competitor' })
  @ApiOkResponse({ type: CompetitorScoresView })
  @ApiProblems({ 400: 'id is not a UUID', 404: "No such competitor (or not one of the coach's)" })
  getCompetitorScores(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new FieldInputError('id', 'id must be a UUID') })) id: string,
  ): Promise<CompetitorScoresView> {
    return this.scores.competitorScores(user, id);
  }

  @Get('leaderboard')
  @ApiOperation({ summary: 'Competitors ranked by total score (from the latest totals sweep)' })
  @ApiOkResponse({ type: [LeaderboardEntryView], description: 'Ranked competitors' })
  @ApiProblems(400)
  getLeaderboard(@CurrentUser() user: AuthenticatedUser, @Query() query: LeaderboardQuery): Promise<LeaderboardEntryView[]> {
    return this.scores.leaderboard(user, query);
  }
}
