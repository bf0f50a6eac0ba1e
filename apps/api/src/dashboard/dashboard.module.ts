import { Module } from '@nestjs/common';
import { CompetitorSolvesController } from './competitor-solves/competitor-solves.controller';
import { CompetitorSolvesService } from './competitor-solves/competitor-solves.service';
import { LeaderboardController } from './leaderboard/leaderboard.controller';
import { LeaderboardService } from './leaderboard/leaderboard.service';
import { RankSnapshots } from './leaderboard/rank-snapshots.service';

/** The dashboard read API: every figure of the Game Platform dashboard, scoped by the shared filters. */
@Module({
  controllers: [LeaderboardController, CompetitorSolvesController],
  providers: [LeaderboardService, RankSnapshots, CompetitorSolvesService],
})
export class DashboardModule {}
