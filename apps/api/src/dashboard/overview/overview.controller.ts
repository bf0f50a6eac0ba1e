import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { DashboardFilterQuery, resolveDashboardFilter } from '../dashboard-filter.query';
import { DashboardOverviewDto } from './overview.dto';
import { OverviewService } from './overview.service';
import { CachedRead } from '../../read-cache/cached-read.decorator';

@ApiTags('dashboard')
@ApiBearerAuth('bearer')
@Controller('dashboard')
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  @Get('overview')
  @CachedRead()
  @ApiOperation({ summary: 'The five KPI cards: value, previous period, delta and a daily sparkline each (admins and coaches)' })
  @ApiOkResponse({ type: DashboardOverviewDto })
  @ApiProblems(400, 401, { 404: "coachId is another coach's" })
  getDashboardOverview(@CurrentUser() user: AuthenticatedUser, @Query() query: DashboardFilterQuery): Promise<DashboardOverviewDto> {
    return this.overview.overview(resolveDashboardFilter(user, query));
  }
}
