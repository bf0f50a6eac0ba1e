import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../auth';
import { CompetitorPage, CompetitorView, CreateCompetitorDto, ListCompetitorsQuery, UpdateCompetitorDto } from './competitor.dto';
import { CompetitorsService } from './competitors.service';

@ApiTags('competitors')
@ApiUnauthorizedResponse({ description: 'Missing or invalid bearer token' })
@Controller('competitors')
export class CompetitorsController {
  constructor(private readonly competitors: CompetitorsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a competitor; status is computed from the data' })
  @ApiCreatedResponse({ type: CompetitorView })
  @ApiBadRequestResponse({ description: 'Invalid fields (one message per field), unknown coach, or a coach choosing another coach' })
  @ApiConflictResponse({ description: 'A competitor with this email already exists' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateCompetitorDto): Promise<CompetitorView> {
    return this.competitors.create(user, body);
  }

  @Get()
  @ApiOperation({ summary: 'List competitors with filters, sort and page+size pagination (coaches: their own)' })
  @ApiOkResponse({ type: CompetitorPage })
  @ApiBadRequestResponse({ description: 'Invalid filter, sort or page values' })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListCompetitorsQuery): Promise<CompetitorPage> {
    return this.competitors.list(user, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: CompetitorView })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such competitor, or not one of the calling coach' })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<CompetitorView> {
    return this.competitors.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update profile fields (null clears a field); status is recomputed' })
  @ApiOkResponse({ type: CompetitorView })
  @ApiBadRequestResponse({ description: 'Invalid fields (one message per field)' })
  @ApiNotFoundResponse({ description: 'No such competitor, or not one of the calling coach' })
  @ApiConflictResponse({ description: 'Email already used, or an email change on a competitor already on the Game Platform' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCompetitorDto,
  ): Promise<CompetitorView> {
    return this.competitors.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a competitor (not while on a team); a Game Platform account stays' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiNotFoundResponse({ description: 'No such competitor, or not one of the calling coach' })
  @ApiConflictResponse({ description: 'The competitor is still on a team' })
  remove(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.competitors.remove(user, id);
  }

  @Post(':id/compliance')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Confirm compliance (the step before onboarding); idempotent' })
  @ApiOkResponse({ type: CompetitorView })
  @ApiNotFoundResponse({ description: 'No such competitor, or not one of the calling coach' })
  @ApiConflictResponse({ description: 'The profile is incomplete; the message lists the missing fields' })
  confirmCompliance(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<CompetitorView> {
    return this.competitors.confirmCompliance(user, id);
  }
}
