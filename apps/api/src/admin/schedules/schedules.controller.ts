import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { ScheduleNameParam, ScheduleView, UpdateScheduleDto } from './schedules.dto';
import { SchedulesService } from './schedules.service';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/schedules')
export class SchedulesController {
  constructor(private readonly schedules: SchedulesService) {}

  @Get()
  @ApiOperation({ summary: 'Recurring schedules: pattern, enabled, next run, last run, and whether the workers applied the setting' })
  @ApiOkResponse({ type: [ScheduleView] })
  @ApiProblems({ 401: 'No or invalid token', 403: 'Admins only' })
  list(): Promise<ScheduleView[]> {
    return this.schedules.list();
  }

  @Patch(':name')
  @ApiOperation({
    summary: "Change a schedule's pattern, or enable / disable it (audited)",
    description: 'Stored in PostgreSQL; every worker replica applies it within SCHEDULE_RECONCILE_INTERVAL_MS, without a restart.',
  })
  @ApiOkResponse({ type: ScheduleView })
  @ApiProblems({ 400: 'Unknown schedule, not a cron pattern, or nothing to change', 401: 'No or invalid token', 403: 'Admins only' })
  update(@CurrentUser() user: AuthenticatedUser, @Param() { name }: ScheduleNameParam, @Body() dto: UpdateScheduleDto): Promise<ScheduleView> {
    return this.schedules.update(user, name, dto);
  }
}
