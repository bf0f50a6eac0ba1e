import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { WorkerJobsModule } from '@app/jobs';
import { maintenanceConfig } from './maintenance.config';
import { MaintenanceProcessor } from './maintenance.processor';
import { MaintenanceService } from './maintenance.service';

@Module({
  imports: [ConfigModule.forFeature(maintenanceConfig), WorkerJobsModule],
  providers: [MaintenanceProcessor, MaintenanceService],
})
export class MaintenanceModule {}
