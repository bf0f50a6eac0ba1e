import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { resolveDashboardFilter } from '../dashboard-filter.query';
import { ActivityLogDto, ActivityLogQuery } from './activity-log.dto';
import { ActivityLogService } from './activity-log.service';
import { TimelineDto, TimelineQuery } from './timeline.dto';
import { TimelineService } from './timeline.service';
import { CachedRead } from '../../read-cache/cached-read.decorator';

@ApiTags('dashboard')
@ApiBearerAuth('bearer')
@Controller('dashboard')
export class TimelineController {
  constructor(
    private readonly timelines: TimelineService,
    private readonly activity: ActivityLogService,
  ) {}

  @Get('timeline')
  @CachedRead()
  @ApiOperation({ summary: 'Activity timeline: registrations, onboardings, team edits, solves, streaks and Flash CTF participation per day or week' })
  @ApiOkResponse({ type: TimelineDto })
  @ApiProblems(400, 401, { 404: "coachId is another coach's" })
  getActivityTimeline(@CurrentUser() user: AuthenticatedUser, @Query() query: TimelineQuery): Promise<TimelineDto> {
    return this.timelines.timeline(resolveDashboardFilter(user, query), query.bucket);
  }

  @Get('activity')
  @CachedRead()
  @ApiOperation({ summary: 'Activity log: the events behind the timeline plus sync runs and sync errors, newest first, cursor-paginated' })
  @ApiOkResponse({ type: ActivityLogDto })
  @ApiProblems(400, 401, { 404: "coachId is another coach's" })
  listActivity(@CurrentUser() user: AuthenticatedUser, @Query() query: ActivityLogQuery): Promise<ActivityLogDto> {
    return this.activity.list(resolveDashboardFilter(user, query), query);
  }
}
