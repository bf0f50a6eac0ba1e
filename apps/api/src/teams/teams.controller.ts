import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FieldInputError } from '../http/field-input.error';
import { AuthenticatedUser, CurrentUser } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { VendorActionRateLimited } from '../rate-limit/vendor-action-rate-limit.guard';
import { AddMemberDto, CreateTeamDto, UpdateTeamDto } from './dto/team-input.dto';
import { TeamListQuery } from './dto/team-list.query';
import { TeamDeletedDto, TeamDetailDto, TeamPageDto, TeamSyncAcceptedDto } from './dto/team-output.dto';
import { TeamMembersService } from './team-members.service';
import { TeamsService } from './teams.service';
import { CachedRead } from '../read-cache/cached-read.decorator';

/** A malformed id is a 400 naming the parameter, like body validation errors. */
const uuid = (name: string) => new ParseUUIDPipe({ exceptionFactory: () => new FieldInputError(name, `${name} must be a UUID`) });

const NOT_FOUND = "Team (or competitor) not found, or another coach's";

@ApiTags('teams')
@Controller('teams')
export class TeamsController {
  constructor(
    private readonly teams: TeamsService,
    private readonly members: TeamMembersService,
  ) {}

  @Get()
  @CachedRead()
  @ApiOperation({ summary: 'List teams (coaches: their own), sorted by name, paginated' })
  @ApiOkResponse({ type: TeamPageDto })
  @ApiProblems(400)
  listTeams(@CurrentUser() user: AuthenticatedUser, @Query() query: TeamListQuery): Promise<TeamPageDto> {
    return this.teams.list(user, query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a team; it is created on the game platform by a background sync' })
  @ApiCreatedResponse({ type: TeamDetailDto })
  @ApiProblems({
    400: 'Invalid body (field messages), or unknown coach',
    403: 'A coach tried to create a team for another coach',
    409: 'The coach already has a team with this name',
  })
  createTeam(@CurrentUser() user: AuthenticatedUser, @Body() dto: CreateTeamDto): Promise<TeamDetailDto> {
    return this.teams.create(user, dto);
  }

  @Get(':id')
  @CachedRead()
  @ApiOperation({ summary: 'A team with its members and their game platform badges (synced | pending | error)' })
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiProblems({ 400: 'id is not a UUID', 404: NOT_FOUND })
  getTeam(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid('id')) id: string): Promise<TeamDetailDto> {
    return this.teams.get(user, id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change name, division or affiliation',
    description: 'The game platform cannot update a team: once it exists there, changes stay local and the team reports them as not propagated.',
  })
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiProblems({ 404: NOT_FOUND, 409: 'The coach already has a team with this name' })
  updateTeam(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid('id')) id: string, @Body() dto: UpdateTeamDto): Promise<TeamDetailDto> {
    return this.teams.update(user, id, dto);
  }

  @Delete(':id')
  @ApiOperation({
    summary: 'Delete an empty team',
    description:
      'Deleted locally at once, even while the integration is off for the coach; a background job deletes it on the game platform (parked until the integration is available again). A failed remote delete is kept as a failed job for administrators and does not undo the local delete.',
  })
  @ApiOkResponse({ type: TeamDeletedDto })
  @ApiProblems({ 400: 'id is not a UUID', 404: NOT_FOUND, 409: 'The team still has members' })
  deleteTeam(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid('id')) id: string): Promise<TeamDeletedDto> {
    return this.teams.remove(user, id);
  }

  @Post(':id/members')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Put a competitor on the team (moving them off any other team); returns the team' })
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiProblems({ 404: NOT_FOUND, 409: 'The competitor belongs to another coach, or was put on a team concurrently' })
  addTeamMember(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid('id')) id: string, @Body() dto: AddMemberDto): Promise<TeamDetailDto> {
    return this.members.add(user, id, dto.competitorId);
  }

  @Delete(':id/members/:competitorId')
  @ApiOperation({ summary: 'Take a competitor off the team; returns the team' })
  @ApiOkResponse({ type: TeamDetailDto })
  @ApiProblems({ 400: 'id or competitorId is not a UUID', 404: NOT_FOUND })
  removeTeamMember(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', uuid('id')) id: string,
    @Param('competitorId', uuid('competitorId')) competitorId: string,
  ): Promise<TeamDetailDto> {
    return this.members.remove(user, id, competitorId);
  }

  @Post(':id/sync')
  @HttpCode(HttpStatus.ACCEPTED)
  @VendorActionRateLimited()
  @ApiOperation({ summary: 'Push the team and its roster to the game platform now' })
  @ApiAcceptedResponse({ type: TeamSyncAcceptedDto })
  @ApiProblems({ 400: 'id is not a UUID', 404: NOT_FOUND, 503: 'The game platform integration is off for this coach' })
  syncTeam(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid('id')) id: string): Promise<TeamSyncAcceptedDto> {
    return this.teams.requestSync(user, id);
  }
}
