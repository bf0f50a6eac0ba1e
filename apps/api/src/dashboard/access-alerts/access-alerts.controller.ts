import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { resolveDashboardFilter } from '../dashboard-filter.query';
import { AccessAlertsDto, AccessAlertsQuery } from './access-alerts.dto';
import { AccessAlertsService } from './access-alerts.service';
import { CachedRead } from '../../read-cache/cached-read.decorator';

@ApiTags('dashboard')
@ApiBearerAuth('bearer')
@Controller('dashboard')
export class AccessAlertsController {
  constructor(private readonly alerts: AccessAlertsService) {}

  @Get('access-alerts')
  @CachedRead()
  @ApiOperation({ summary: 'Access & Alerts: onboarding and score-sync problems, inactive logins and pending memberships, each with what to do' })
  @ApiOkResponse({ type: AccessAlertsDto })
  @ApiProblems(400, 401, { 404: "coachId is another coach's" })
  getAccessAlerts(@CurrentUser() user: AuthenticatedUser, @Query() query: AccessAlertsQuery): Promise<AccessAlertsDto> {
    return this.alerts.alerts(resolveDashboardFilter(user, query), query);
  }
}
