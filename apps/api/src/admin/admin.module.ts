import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { SyncHealthModule, VendorCallWindow } from '@app/game-platform';
import { authConfig } from '../auth/auth.config';
import { AlertConditions } from './alerts/alert-conditions';
import { FlashAlertConditions } from './alerts/flash-alert-conditions';
import { OperationsAlertConditions } from './alerts/operations-alert-conditions';
import { alertsConfig } from './alerts/alerts.config';
import { AlertsController } from './alerts/alerts.controller';
import { AlertsService } from './alerts/alerts.service';
import { AlertWatch } from './alerts/alert-watch';
import { AlertWebhook } from './alerts/alert-webhook';
import { adminSessionConfig } from './bull-board/admin-session.config';
import { AdminSessionController } from './bull-board/admin-session.controller';
import { AdminSessionService } from './bull-board/admin-session.service';
import { CoachScopeResolver } from './coach-scope';
import { DeadLetterAdminService } from './dead-letters/dead-letter-admin.service';
import { DeadLettersController } from './dead-letters/dead-letters.controller';
import { JobAdminService } from './jobs/job-admin.service';
import { AdminJobsController } from './jobs/jobs.controller';
import { ProcessingController } from './processing/processing.controller';
import { SchedulesController } from './schedules/schedules.controller';
import { SchedulesService } from './schedules/schedules.service';
import { SyncOverviewController } from './sync/sync-overview.controller';

/** Admin operations: jobs, dead letters, processing switch, sync overview, alerts, Bull Board sign-in. */
@Module({
  imports: [SyncHealthModule, ConfigModule.forFeature(alertsConfig), ConfigModule.forFeature(adminSessionConfig), ConfigModule.forFeature(authConfig)],
  controllers: [
    AdminJobsController,
    DeadLettersController,
    ProcessingController,
    SyncOverviewController,
    AlertsController,
    AdminSessionController,
    SchedulesController,
  ],
  providers: [
    JobAdminService,
    DeadLetterAdminService,
    CoachScopeResolver,
    VendorCallWindow,
    AlertConditions,
    FlashAlertConditions,
    OperationsAlertConditions,
    AlertsService,
    AlertWebhook,
    AlertWatch,
    AdminSessionService,
    SchedulesService,
  ],
})
export class AdminModule {}
