import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SyncHealthService } from '@app/game-platform';
import { Roles } from '../../auth';
import { RecentQuery } from './sync-overview.dto';

/** The sync backlog and health for admins (seed 000 §6 queries as endpoints; runs and freshness: /sync/runs, /sync/freshness). */
@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'The caller is not an admin' })
@Roles('admin')
@Controller('admin/sync')
export class SyncOverviewController {
  constructor(private readonly health: SyncHealthService) {}

  @Get('overview')
  @ApiOperation({ summary: 'Last runs, run success rate over 24 h and 7 d, pending competitors, recent errors, freshness lag per tier' })
  @ApiOkResponse({ description: 'Sync overview' })
  async overview() {
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
  @ApiOkResponse({ description: 'Success rates' })
  async successRate(@Query() query: RecentQuery) {
    const [runs, competitors] = await Promise.all([this.health.runSuccessRate(query.hours), this.health.competitorResults(query.hours)]);
    return { runs, competitors };
  }

  @Get('pending')
  @ApiOperation({ summary: 'Competitors not yet on the platform (complete without platform id, compliance waiting, onboarding failed)' })
  @ApiOkResponse({ description: 'Counts' })
  pending() {
    return this.health.pendingSync();
  }

  @Get('errors')
  @ApiOperation({ summary: 'Recent per-competitor sync errors with competitor names' })
  @ApiOkResponse({ description: 'Errors, newest first' })
  errors(@Query() query: RecentQuery) {
    return this.health.recentErrors(query.hours, query.limit);
  }
}
