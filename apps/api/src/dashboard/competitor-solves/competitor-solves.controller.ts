import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { ApiCsvResponse, csvFile } from '../csv/csv-response';
import { csvDocument } from '../csv/csv';
import { DashboardFilterQuery, resolveDashboardFilter } from '../dashboard-filter.query';
import { CategoryBreakdownDto, CompetitorSolvesDto } from './competitor-solves.dto';
import { CompetitorSolvesQuery } from './competitor-solves.query';
import { CompetitorSolvesService, CSV_COLUMNS } from './competitor-solves.service';
import { CachedRead } from '../../read-cache/cached-read.decorator';

const NOT_FOUND = { 404: 'No such competitor, or not visible to the caller (another coach’s, or outside coachId)' };

/** The competitor drill-down: solves in the range, their CSV and the per-category breakdown. */
@ApiTags('dashboard')
@ApiParam({ name: 'id', format: 'uuid', description: 'Competitor id' })
@Controller('dashboard/competitors/:id')
export class CompetitorSolvesController {
  constructor(private readonly solves: CompetitorSolvesService) {}

  @Get('solves')
  @CachedRead()
  @ApiOperation({ summary: "A competitor's solves: category filter, date range, sort by date or points, cursor pages" })
  @ApiOkResponse({ type: CompetitorSolvesDto })
  @ApiProblems(400, 401, NOT_FOUND)
  listCompetitorSolves(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: CompetitorSolvesQuery,
  ): Promise<CompetitorSolvesDto> {
    return this.solves.page(resolveDashboardFilter(user, query), id, query);
  }

  @Get('solves.csv')
  @ApiOperation({ summary: "A competitor's solves of the range, category and sort as CSV (streamed)" })
  @ApiCsvResponse(CSV_COLUMNS)
  @ApiProblems(400, 401, NOT_FOUND)
  async exportCompetitorSolvesCsv(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: CompetitorSolvesQuery,
  ): Promise<StreamableFile> {
    const filter = resolveDashboardFilter(user, query);
    const competitor = await this.solves.competitor(filter, id);
    const lines = this.solves.csvLines(competitor, filter, query);
    return csvFile(csvDocument(CSV_COLUMNS, lines), `solves_${competitor.lastName}_${competitor.firstName}`, filter);
  }

  @Get('categories')
  @CachedRead()
  @ApiOperation({ summary: "A competitor's solves and points per challenge category in the range" })
  @ApiOkResponse({ type: CategoryBreakdownDto })
  @ApiProblems(400, 401, NOT_FOUND)
  getCompetitorCategories(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: DashboardFilterQuery,
  ): Promise<CategoryBreakdownDto> {
    return this.solves.categories(resolveDashboardFilter(user, query), id);
  }
}
