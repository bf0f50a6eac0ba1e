import { Module } from '@nestjs/common';
import { AccessAlertsController } from './access-alerts/access-alerts.controller';
import { AccessAlertsService } from './access-alerts/access-alerts.service';
import { CompetitorSolvesController } from './competitor-solves/competitor-solves.controller';
import { CompetitorSolvesService } from './competitor-solves/competitor-solves.service';
import { FlashCtfChartController } from './flash-ctf/flash-ctf-chart.controller';
import { FlashCtfChartService } from './flash-ctf/flash-ctf-chart.service';
import { LeaderboardController } from './leaderboard/leaderboard.controller';
import { LeaderboardService } from './leaderboard/leaderboard.service';
import { RankSnapshots } from './leaderboard/rank-snapshots.service';
import { OverviewController } from './overview/overview.controller';
import { OverviewService } from './overview/overview.service';
import { TeamsMatrixController } from './teams/teams-matrix.controller';
import { TeamsMatrixService } from './teams/teams-matrix.service';
import { ActivityLogService } from './timeline/activity-log.service';
import { TimelineController } from './timeline/timeline.controller';
import { TimelineService } from './timeline/timeline.service';

/** The dashboard's read API: every figure of the Game Platform dashboard, scoped by DashboardFilter. */
@Module({
  controllers: [
    OverviewController,
    FlashCtfChartController,
    TeamsMatrixController,
    AccessAlertsController,
    TimelineController,
    LeaderboardController,
    CompetitorSolvesController,
  ],
  providers: [
    OverviewService,
    FlashCtfChartService,
    TeamsMatrixService,
    AccessAlertsService,
    TimelineService,
    ActivityLogService,
    LeaderboardService,
    RankSnapshots,
    CompetitorSolvesService,
  ],
})
export class DashboardModule {}
