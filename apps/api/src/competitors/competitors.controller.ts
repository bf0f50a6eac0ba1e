import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { CompetitorPage, CompetitorView, CreateCompetitorDto, ListCompetitorsQuery, UpdateCompetitorDto } from './competitor.dto';
import { CompetitorsService } from './competitors.service';
import { CachedRead } from '../read-cache/cached-read.decorator';

const NOT_VISIBLE = 'No such competitor, or not one of the calling coach';

@ApiTags('competitors')
@Controller('competitors')
export class CompetitorsController {
  constructor(private readonly competitors: CompetitorsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a competitor; status is computed from the data' })
  @ApiCreatedResponse({ type: CompetitorView })
  @ApiProblems({
    400: 'Invalid fields (one message per field), unknown coach, or a coach choosing another coach',
    409: 'A competitor with this email already exists',
  })
  createCompetitor(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateCompetitorDto): Promise<CompetitorView> {
    return this.competitors.create(user, body);
  }

  @Get()
  @CachedRead()
  @ApiOperation({ summary: 'List competitors with filters, sort and page+size pagination (coaches: their own)' })
  @ApiOkResponse({ type: CompetitorPage })
  @ApiProblems({ 400: 'Invalid filter, sort or page values' })
  listCompetitors(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCompetitorsQuery): Promise<CompetitorPage> {
    return this.competitors.list(user, query);
  }

  @Get(':id')
  @CachedRead()
  @ApiOperation({ summary: 'One competitor with their game platform fields' })
  @ApiOkResponse({ type: CompetitorView })
  @ApiProblems({ 400: 'id is not a UUID', 404: NOT_VISIBLE })
  getCompetitor(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<CompetitorView> {
    return this.competitors.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update profile fields (null clears a field); status is recomputed' })
  @ApiOkResponse({ type: CompetitorView })
  @ApiProblems({ 404: NOT_VISIBLE, 409: 'Email already used, or an email change on a competitor already on the Game Platform' })
  updateCompetitor(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCompetitorDto): Promise<CompetitorView> {
    return this.competitors.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a competitor (not while on a team); a Game Platform account stays' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiProblems({ 400: 'id is not a UUID', 404: NOT_VISIBLE, 409: 'The competitor is still on a team' })
  deleteCompetitor(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.competitors.remove(user, id);
  }

  @Post(':id/compliance')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm compliance (the step before onboarding); idempotent' })
  @ApiOkResponse({ type: CompetitorView })
  @ApiProblems({ 400: 'id is not a UUID', 404: NOT_VISIBLE, 409: 'The profile is incomplete; the message lists the missing fields' })
  confirmCompliance(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<CompetitorView> {
    return this.competitors.confirmCompliance(user, id);
  }
}
