import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { AuthenticatedUser, CurrentUser, Roles } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { BulkRetryBody, JobDetailView, JobListQuery, JobPage, JobRef, TouchedJobs } from './jobs.dto';
import { JobAdminService } from './job-admin.service';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/jobs')
export class AdminJobsController {
  constructor(
    private readonly jobs: JobAdminService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Jobs by queue, state and type (newest first), with failure reason, attempts, timestamps and redacted payload' })
  @ApiOkResponse({ type: JobPage })
  @ApiProblems(400)
  listJobs(@Query() query: JobListQuery): Promise<JobPage> {
    return this.jobs.list(query);
  }

  @Post('retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retry every failed job matching all given criteria (queue, type, since, coachId)' })
  @ApiOkResponse({ type: TouchedJobs })
  @ApiProblems({ 400: 'Invalid filter, or neither a filter nor all: true' })
  async retryFailedJobs(@Body() filter: BulkRetryBody, @CurrentUser() user: AuthenticatedUser): Promise<TouchedJobs> {
    const result = await this.jobs.retryFailed(filter);
    await this.audit.record(user, {
      action: 'admin.jobs.bulk_retry',
      targetType: 'queue',
      targetId: filter.queue ?? 'all',
      payload: { filter: { ...filter, since: filter.since?.toISOString() }, touched: result.touched },
    });
    return result;
  }

  @Get(':queue/:id')
  @ApiOperation({ summary: 'One job with its stack traces' })
  @ApiOkResponse({ type: JobDetailView })
  @ApiProblems({ 400: 'Unknown queue or empty id', 404: 'No such job' })
  getJob(@Param() ref: JobRef): Promise<JobDetailView> {
    return this.jobs.get(ref);
  }

  @Post(':queue/:id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retry one failed job (same operation as Bull Board)' })
  @ApiOkResponse({ type: TouchedJobs })
  @ApiProblems({ 400: 'Unknown queue or empty id', 404: 'No such job', 409: 'The job is not failed' })
  async retryJob(@Param() ref: JobRef, @CurrentUser() user: AuthenticatedUser): Promise<TouchedJobs> {
    const result = await this.jobs.retry(ref);
    await this.audit.record(user, { action: 'admin.job.retry', targetType: 'job', targetId: `${ref.queue}:${ref.id}` });
    return result;
  }

  @Delete(':queue/:id')
  @ApiOperation({ summary: 'Discard one job that is not running' })
  @ApiOkResponse({ type: TouchedJobs })
  @ApiProblems({ 400: 'Unknown queue or empty id', 404: 'No such job', 409: 'The job is running' })
  async discardJob(@Param() ref: JobRef, @CurrentUser() user: AuthenticatedUser): Promise<TouchedJobs> {
    const result = await this.jobs.discard(ref);
    await this.audit.record(user, { action: 'admin.job.discard', targetType: 'job', targetId: `${ref.queue}:${ref.id}` });
    return result;
  }
}
