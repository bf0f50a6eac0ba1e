import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { AlertsQuery, AlertView } from './alerts.dto';
import { AlertsService } from './alerts.service';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({ summary: 'Active alerts (evaluated now) with severity, since and a remediation hint' })
  @ApiOkResponse({ type: [AlertView] })
  @ApiProblems(400)
  async listAlerts(@Query() query: AlertsQuery): Promise<AlertView[]> {
    const alerts = await this.alerts.evaluate();
    return query.all ? alerts : alerts.filter((alert) => alert.active);
  }
}
