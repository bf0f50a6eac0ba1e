import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { SyncHealthService } from '@app/game-platform';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth';
import { JobAcceptedDto, RecentRunsQuery, TriggerSyncDto, TriggerTotalsSweepDto } from './sync.dto';
import { SyncTriggerService } from './sync-trigger.service';

@ApiTags('sync')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid bearer token' })
@ApiForbiddenResponse({ description: 'The caller is not an admin' })
@Roles('admin')
@Controller('sync')
export class SyncController {
  constructor(
    private readonly triggers: SyncTriggerService,
    private readonly health: SyncHealthService,
    private readonly audit: AuditService,
  ) {}

  @Post('runs')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Enqueue an incremental sync run (next rotation batch, or every competitor of one coach)' })
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  @ApiBadRequestResponse({ description: 'Invalid body' })
  @ApiNotFoundResponse({ description: 'Unknown coachId' })
  async triggerSync(@CurrentUser() user: AuthenticatedUser, @Body() body: TriggerSyncDto): Promise<JobAcceptedDto> {
    const accepted = await this.triggers.enqueueSync(user.id, body);
    await this.audit.record(user, { action: 'sync.run.requested', targetType: 'sync_job', targetId: accepted.jobId, payload: { ...body } });
    return accepted;
  }

  @Post('totals-sweep')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Enqueue a totals sweep of competitors flagged for a refresh' })
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  @ApiBadRequestResponse({ description: 'Invalid body' })
  async triggerTotalsSweep(@CurrentUser() user: AuthenticatedUser, @Body() body: TriggerTotalsSweepDto): Promise<JobAcceptedDto> {
    const accepted = await this.triggers.enqueueTotalsSweep(user.id, body);
    await this.audit.record(user, { action: 'sync.totals_sweep.requested', targetType: 'sync_job', targetId: accepted.jobId, payload: { ...body } });
    return accepted;
  }

  @Get('runs')
  @ApiOperation({ summary: 'Recent sync runs with telemetry: batch cursor, counts, vendor calls, duration, errors, roster drift' })
  @ApiOkResponse({ description: 'Runs, newest first' })
  @ApiBadRequestResponse({ description: 'Invalid query' })
  runs(@Query() query: RecentRunsQuery) {
    return this.health.lastRuns(query.limit, query.kind);
  }

  @Get('freshness')
  @ApiOperation({ summary: 'Per activity tier: competitors, due now, failing, lag since the last successful sync' })
  @ApiOkResponse({ description: 'One entry per tier (high, medium, low)' })
  freshness() {
    return this.health.freshnessByTier();
  }
}
