import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { lifecycleConfig, loggingConfig, RedisModule } from '@app/common';
import { JobsModule } from '@app/jobs';
import { PersistenceModule } from '@app/persistence';
import { AdminModule } from './admin/admin.module';
import { apiConfig } from './api.config';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth';
import { CoachesModule } from './coaches/coaches.module';
import { CompetitorsModule } from './competitors/competitors.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { FeatureFlagsModule } from './feature-flags/feature-flags.module';
import { HealthModule } from './health/health.module';
import { RequestRateLimitModule } from './rate-limit/request-rate-limit.module';
import { MeModule } from './me/me.module';
import { SyncApiModule } from './sync/sync.module';
import { ApiMetricsModule } from './metrics/metrics.module';
import { TeamsModule } from './teams/teams.module';
import { ImportsModule } from './imports/imports.module';
import { ReadCacheModule } from './read-cache/read-cache.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true, cache: true, ignoreEnvFile: true, load: [apiConfig, lifecycleConfig, loggingConfig] }),
    PersistenceModule,
    RedisModule,
    JobsModule.forRoot({ failFast: true }),
    AuthModule,
    RequestRateLimitModule,
    AuditModule,
    HealthModule,
    SyncApiModule,
    ApiMetricsModule,
    ReadCacheModule,
    AdminModule,
    FeatureFlagsModule,
    CoachesModule,
    CompetitorsModule,
    TeamsModule,
    DashboardModule,
    MeModule,
    ImportsModule,
  ],
})
export class AppModule {}
