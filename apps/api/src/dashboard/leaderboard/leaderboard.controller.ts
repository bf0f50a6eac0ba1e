import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../http/problem-details.dto';
import { AuthenticatedUser, CurrentUser } from '../../auth';
import { resolveDashboardFilter } from '../dashboard-filter.query';
import { ApiCsvResponse, csvFile } from '../csv/csv-response';
import { csvStream } from '../csv/csv';
import { LeaderboardDto, LeaderboardRowDto } from './leaderboard.dto';
import { DashboardLeaderboardQuery } from './leaderboard.query';
import { LeaderboardService } from './leaderboard.service';
import { CachedRead } from '../../read-cache/cached-read.decorator';

const CSV_COLUMNS = [
  'rank',
  'firstName',
  'lastName',
  'email',
  'username',
  'division',
  'challenges',
  'score',
  'challengesInRange',
  'pointsInRange',
  'lastActivityAt',
  'scoreSync',
] as const;

/** Coaches see their own competitors; admins everyone, or one coach with coachId. */
@ApiTags('dashboard')
@Controller('dashboard')
export class LeaderboardController {
  constructor(private readonly leaderboard: LeaderboardService) {}

  @Get('leaderboard')
  @CachedRead()
  @ApiOperation({ summary: 'Leaderboard "Challenges Done": rank, search, sort and cursor pages' })
  @ApiOkResponse({ type: LeaderboardDto })
  @ApiProblems(400, 401, { 404: 'coachId names another coach' })
  getDashboardLeaderboard(@CurrentUser() user: AuthenticatedUser, @Query() query: DashboardLeaderboardQuery): Promise<LeaderboardDto> {
    return this.leaderboard.page(resolveDashboardFilter(user, query), query);
  }

  @Get('leaderboard.csv')
  @ApiOperation({ summary: 'The whole leaderboard of the filters, search and sort as CSV (streamed)' })
  @ApiCsvResponse(CSV_COLUMNS)
  @ApiProblems(400, 401, { 404: 'coachId names another coach' })
  exportDashboardLeaderboardCsv(@CurrentUser() user: AuthenticatedUser, @Query() query: DashboardLeaderboardQuery): StreamableFile {
    const filter = resolveDashboardFilter(user, query);
    const rows = this.leaderboard.batches(filter, query);
    return csvFile(
      csvStream(CSV_COLUMNS, rows, (row: LeaderboardRowDto) => CSV_COLUMNS.map((column) => row[column])),
      'leaderboard',
      filter,
    );
  }
}
