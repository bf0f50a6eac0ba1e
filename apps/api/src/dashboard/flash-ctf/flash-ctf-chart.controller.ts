import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { resolveDashboardFilter } from '../dashboard-filter.query';
import { FlashCtfChartDto, FlashCtfChartQuery } from './flash-ctf-chart.dto';
import { FlashCtfChartService } from './flash-ctf-chart.service';
import { CachedRead } from '../../read-cache/cached-read.decorator';

@ApiTags('dashboard')
@ApiBearerAuth('bearer')
@Controller('dashboard')
export class FlashCtfChartController {
  constructor(private readonly chart: FlashCtfChartService) {}

  @Get('flash-ctf')
  @CachedRead()
  @ApiOperation({ summary: 'Monthly CTF chart: Flash CTF results per event, per competitor, team or coach, as pace or absolute score' })
  @ApiOkResponse({ type: FlashCtfChartDto })
  @ApiProblems(400, 401, { 404: "coachId is another coach's" })
  getFlashCtfChart(@CurrentUser() user: AuthenticatedUser, @Query() query: FlashCtfChartQuery): Promise<FlashCtfChartDto> {
    return this.chart.chart(resolveDashboardFilter(user, query), query);
  }
}
