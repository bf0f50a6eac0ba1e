import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { RECURRING_JOB_NAMES, RecurringJobName } from '@app/jobs';

export class ScheduleNameParam {
  @ApiProperty({ enum: RECURRING_JOB_NAMES })
  @IsIn(RECURRING_JOB_NAMES, { message: `name must be one of ${RECURRING_JOB_NAMES.join(', ')}` })
  name!: RecurringJobName;
}

export class UpdateScheduleDto {
  @ApiPropertyOptional({ example: '*/15 * * * *', description: 'Cron pattern, UTC (5 fields, or 6 with seconds)' })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'pattern must not be empty' })
  @MaxLength(100)
  pattern?: string;

  @ApiPropertyOptional({ description: 'false: no new runs are scheduled until it is enabled again' })
  @IsOptional()
  @IsBoolean({ message: 'enabled must be true or false' })
  enabled?: boolean;
}

export class ScheduleView {
  @ApiProperty({ enum: RECURRING_JOB_NAMES }) name!: string;
  @ApiProperty() queue!: string;
  @ApiProperty({ type: String, nullable: true, description: "Pattern an admin set; null = the worker's configured one" }) pattern!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Pattern of the schedule in Redis now (what runs)' }) activePattern!: string | null;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ description: 'Whether the workers have applied the setting yet (within SCHEDULE_RECONCILE_INTERVAL_MS)' }) applied!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) nextRunAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Finish time of the newest run among the recent jobs' }) lastRunAt!:
    string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['completed', 'failed'] }) lastRunState!: string | null;
  @ApiProperty({ type: String, nullable: true }) updatedBy!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) updatedAt!: string | null;
}
