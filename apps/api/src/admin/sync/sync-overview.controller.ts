import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SyncHealthService } from '@app/game-platform';
import { Roles } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { PendingSyncView, SyncErrorView } from '../../sync/sync-read.dto';
import { RecentQuery, SyncOverviewView, SyncSuccessRateView } from './sync-overview.dto';

/** The sync backlog and health for admins (seed 000 §6 queries as endpoints; runs and freshness: /sync/runs, /sync/freshness). */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/sync')
export class SyncOverviewController {
  constructor(private readonly health: SyncHealthService) {}

  @Get('overview')
  @ApiOperation({ summary: 'Last runs, run success rate over 24 h and 7 d, pending competitors, recent errors, freshness lag per tier' })
  @ApiOkResponse({ type: SyncOverviewView })
  async getSyncOverview(): Promise<SyncOverviewView> {
    const [lastRuns, last24h, last7d, competitorResults7d, pending, recentErrors, freshnessLag] = await Promise.all([
      this.health.lastRuns(10),
      this.health.runSuccessRate(24),
      this.health.runSuccessRate(24 * 7),
      this.health.competitorResults(24 * 7),
      this.health.pendingSync(),
      this.health.recentErrors(24, 20),
      this.health.freshnessByTier(),
    ]);
    return { lastRuns, successRate: { last24h, last7d }, competitorResults7d, pending, recentErrors, freshnessLag };
  }

  @Get('success-rate')
  @ApiOperation({ summary: 'Run success rate and per-competitor last results within the window' })
  @ApiOkResponse({ type: SyncSuccessRateView })
  @ApiProblems(400)
  async getSyncSuccessRate(@Query() query: RecentQuery): Promise<SyncSuccessRateView> {
    const [runs, competitors] = await Promise.all([this.health.runSuccessRate(query.hours), this.health.competitorResults(query.hours)]);
    return { runs, competitors };
  }

  @Get('pending')
  @ApiOperation({ summary: 'Competitors not yet on the platform (complete without platform id, compliance waiting, onboarding failed)' })
  @ApiOkResponse({ type: PendingSyncView })
  getPendingSync(): Promise<PendingSyncView> {
    return this.health.pendingSync();
  }

  @Get('errors')
  @ApiOperation({ summary: 'Recent per-competitor sync errors with competitor names' })
  @ApiOkResponse({ type: [SyncErrorView], description: 'Errors, newest first' })
  @ApiProblems(400)
  listSyncErrors(@Query() query: RecentQuery): Promise<SyncErrorView[]> {
    return this.health.recentErrors(query.hours, query.limit);
  }
}
