import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JobName } from '@app/jobs';
import { Public } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { INTERNAL_SYNC_SECRET_HEADER, InternalSyncSecretGuard } from './internal-sync-secret.guard';
import { InternalSyncDto, SyncJobAcceptedDto } from './sync.dto';
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
  @ApiAcceptedResponse({ type: SyncJobAcceptedDto })
  @ApiProblems({ 401: 'Missing secret header', 403: 'Wrong secret, or no secret configured', 404: 'Unknown coachId' })
  triggerInternalSync(@Body() body: InternalSyncDto): Promise<SyncJobAcceptedDto> {
    if (body.task === JobName.TotalsSweep) return this.triggers.enqueueTotalsSweep(SCHEDULER, { batchSize: body.batchSize });
    return this.triggers.enqueueSync(SCHEDULER, { dryRun: body.dryRun, coachId: body.coachId });
  }
}
