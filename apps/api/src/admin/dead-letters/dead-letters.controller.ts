import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../../audit/audit.service';
import { AuthenticatedUser, CurrentUser, Roles } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { DeadLetterAdminService } from './dead-letter-admin.service';
import { DeadLetterIdParam, DeadLetterListQuery, DeadLetterPage, PurgeDeadLettersBody, PurgeResult, ReplayResult } from './dead-letters.dto';

@ApiTags('admin')
@Roles('admin')
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(
    private readonly deadLetters: DeadLetterAdminService,
    private readonly audit: AuditService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Jobs that exhausted their attempts (open ones by default), newest first' })
  @ApiOkResponse({ type: DeadLetterPage })
  @ApiProblems(400)
  listDeadLetters(@Query() query: DeadLetterListQuery): Promise<DeadLetterPage> {
    return this.deadLetters.list(query);
  }

  @Post('purge')
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete every dead letter matching all given criteria, with their failed queue entries' })
  @ApiOkResponse({ type: PurgeResult })
  @ApiProblems({ 400: 'Invalid filter, or neither a filter nor all: true' })
  async purgeDeadLetters(@Body() filter: PurgeDeadLettersBody, @CurrentUser() user: AuthenticatedUser): Promise<PurgeResult> {
    const result = await this.deadLetters.purgeMany(filter);
    await this.audit.record(user, {
      action: 'admin.dead_letters.purge',
      targetType: 'dead_letter',
      targetId: 'filter',
      payload: { filter: { ...filter, before: filter.before?.toISOString() }, purged: result.purged },
    });
    return result;
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enqueue the job again with fresh attempts' })
  @ApiOkResponse({ type: ReplayResult })
  @ApiProblems({ 400: 'id is not a UUID', 404: 'No such dead letter', 409: 'Already replayed or resolved' })
  async replayDeadLetter(@Param() { id }: DeadLetterIdParam, @CurrentUser() user: AuthenticatedUser): Promise<ReplayResult> {
    const result = await this.deadLetters.replay(id);
    await this.audit.record(user, {
      action: 'admin.dead_letter.replay',
      targetType: 'dead_letter',
      targetId: id,
      payload: { jobId: result.jobId, queue: result.queue },
    });
    return result;
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Purge one dead letter (and its failed queue entry)' })
  @ApiOkResponse({ type: PurgeResult })
  @ApiProblems({ 400: 'id is not a UUID', 404: 'No such dead letter' })
  async purgeDeadLetter(@Param() { id }: DeadLetterIdParam, @CurrentUser() user: AuthenticatedUser): Promise<PurgeResult> {
    const result = await this.deadLetters.purge(id);
    await this.audit.record(user, { action: 'admin.dead_letter.purge', targetType: 'dead_letter', targetId: id });
    return result;
  }
}
