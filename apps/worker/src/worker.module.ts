import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ScheduleModule } from '@nestjs/schedule';
import { lifecycleConfig, loggingConfig, RedisModule } from '@app/common';
import { JobsModule } from '@app/jobs';
import { PersistenceModule } from '@app/persistence';
import { CompetitorsWorkerModule } from './competitors/competitors.module';
import { WorkerHealthModule } from './health/health.module';
import { MaintenanceModule } from './maintenance/maintenance.module';
import { WorkerMetricsModule } from './metrics/metrics.module';
import { ImportsWorkerModule } from './imports/imports.module';
import { RolloutModule } from './rollout/rollout.module';
import { SyncModule } from './sync/sync.module';
import { TeamsWorkerModule } from './teams/teams.module';
import { workerConfig } from './worker.config';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, ignoreEnvFile: true, load: [workerConfig, lifecycleConfig, loggingConfig] }),
    PersistenceModule,
    RedisModule,
    JobsModule.forRoot(),
    ScheduleModule.forRoot(),
    WorkerHealthModule,
    WorkerMetricsModule,
    MaintenanceModule,
    CompetitorsWorkerModule,
    SyncModule,
    TeamsWorkerModule,
    RolloutModule,
    ImportsWorkerModule,
  ],
})
export class WorkerModule {}
