import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiForbiddenResponse, ApiHeader, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { JobName } from '@app/jobs';
import { Public } from '../auth';
import { INTERNAL_SYNC_SECRET_HEADER, InternalSyncSecretGuard } from './internal-sync-secret.guard';
import { InternalSyncDto, JobAcceptedDto } from './sync.dto';
import { SyncTriggerService } from './sync-trigger.service';

const SCHEDULER = 'internal-scheduler';

/** For external schedulers (cron, hosted schedulers): no JWT, a shared secret header instead. */
@ApiTags('sync')
@Public()
@UseGuards(InternalSyncSecretGuard)
@Controller('internal')
export class InternalSyncController {
  constructor(private readonly triggers: SyncTriggerService) {}

  @Post('sync')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Enqueue a sync run (default) or a totals sweep' })
  @ApiHeader({ name: INTERNAL_SYNC_SECRET_HEADER, required: true, description: 'INTERNAL_SYNC_SECRET' })
  @ApiAcceptedResponse({ type: JobAcceptedDto })
  @ApiBadRequestResponse({ description: 'Invalid body' })
  @ApiUnauthorizedResponse({ description: 'Missing secret header' })
  @ApiForbiddenResponse({ description: 'Wrong secret, or no secret configured' })
  trigger(@Body() body: InternalSyncDto): Promise<JobAcceptedDto> {
    if (body.task === JobName.TotalsSweep) return this.triggers.enqueueTotalsSweep(SCHEDULER, { batchSize: body.batchSize });
    return this.triggers.enqueueSync(SCHEDULER, { dryRun: body.dryRun, coachId: body.coachId });
  }
}
