import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProcessingSwitch } from '@app/jobs';
import { AuditService } from '../../audit/audit.service';
import { ApiProblems } from '../../http/problem-details.dto';
import { AuthenticatedUser, CurrentUser, Roles } from '../../auth';
import { ProcessingSwitchBody, ProcessingView } from './processing.dto';

/** The processing switch (seed: job_queue_settings.processing_enabled), per queue or for all. */
@ApiTags('admin')
@Roles('admin')
@Controller('admin/processing')
export class ProcessingController {
  constructor(
    private readonly processing: ProcessingSwitch,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Which queues are paused' })
  @ApiOkResponse({ type: ProcessingView })
  async getProcessing(): Promise<ProcessingView> {
    return { queues: await this.processing.states() };
  }

  @Post('pause')
  @HttpCode(200)
  @ApiOperation({ summary: 'Pause a queue (or all) across every worker: no new job starts, running ones finish' })
  @ApiOkResponse({ type: ProcessingView })
  @ApiProblems({ 400: 'Neither a queue nor all: true, or both' })
  async pauseProcessing(@Body() body: ProcessingSwitchBody, @CurrentUser() user: AuthenticatedUser): Promise<ProcessingView> {
    const queues = await this.processing.pause(body.queue ? [body.queue] : undefined);
    await this.audit.record(user, { action: 'admin.processing.pause', targetType: 'queue', targetId: body.queue ?? 'all' });
    return { queues };
  }

  @Post('resume')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resume a queue (or all)' })
  @ApiOkResponse({ type: ProcessingView })
  @ApiProblems({ 400: 'Neither a queue nor all: true, or both' })
  async resumeProcessing(@Body() body: ProcessingSwitchBody, @CurrentUser() user: AuthenticatedUser): Promise<ProcessingView> {
    const queues = await this.processing.resume(body.queue ? [body.queue] : undefined);
    await this.audit.record(user, { action: 'admin.processing.resume', targetType: 'queue', targetId: body.queue ?? 'all' });
    return { queues };
  }
}
