import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SyncHealthService } from '@app/game-platform';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { RecentRunsQuery, SyncJobAcceptedDto, TriggerSyncDto, TriggerTotalsSweepDto } from './sync.dto';
import { SyncRunView, TierFreshnessView } from './sync-read.dto';
import { SyncTriggerService } from './sync-trigger.service';

@ApiTags('sync')
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
  @ApiAcceptedResponse({ type: SyncJobAcceptedDto })
  @ApiProblems({ 404: 'Unknown coachId' })
  async triggerSyncRun(@CurrentUser() user: AuthenticatedUser, @Body() body: TriggerSyncDto): Promise<SyncJobAcceptedDto> {
    const accepted = await this.triggers.enqueueSync(user.id, body);
    await this.audit.record(user, { action: 'sync.run.requested', targetType: 'sync_job', targetId: accepted.jobId, payload: { ...body } });
    return accepted;
  }

  @Post('totals-sweep')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Enqueue a totals sweep of competitors flagged for a refresh' })
  @ApiAcceptedResponse({ type: SyncJobAcceptedDto })
  async triggerTotalsSweep(@CurrentUser() user: AuthenticatedUser, @Body() body: TriggerTotalsSweepDto): Promise<SyncJobAcceptedDto> {
    const accepted = await this.triggers.enqueueTotalsSweep(user.id, body);
    await this.audit.record(user, { action: 'sync.totals_sweep.requested', targetType: 'sync_job', targetId: accepted.jobId, payload: { ...body } });
    return accepted;
  }

  @Get('runs')
  @ApiOperation({ summary: 'Recent sync runs with telemetry: batch cursor, counts, vendor calls, duration, errors, roster drift' })
  @ApiOkResponse({ type: [SyncRunView], description: 'Runs, newest first' })
  @ApiProblems(400)
  listSyncRuns(@Query() query: RecentRunsQuery): Promise<SyncRunView[]> {
    return this.health.lastRuns(query.limit, query.kind);
  }

  @Get('freshness')
  @ApiOperation({ summary: 'Per activity tier: competitors, due now, failing, lag since the last successful sync' })
  @ApiOkResponse({ type: [TierFreshnessView], description: 'One entry per tier (high, medium, low)' })
  getSyncFreshness(): Promise<TierFreshnessView[]> {
    return this.health.freshnessByTier();
  }
}
