import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../auth';
import { AlertsQuery, AlertView } from './alerts.dto';
import { AlertsService } from './alerts.service';

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'The caller is not an admin' })
@Roles('admin')
@Controller('admin/alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get()
  @ApiOperation({ summary: 'Active alerts (evaluated now) with severity, since and a remediation hint' })
  @ApiOkResponse({ type: [AlertView] })
  async list(@Query() query: AlertsQuery): Promise<AlertView[]> {
    const alerts = await this.alerts.evaluate();
    return query.all ? alerts : alerts.filter((alert) => alert.active);
  }
}
