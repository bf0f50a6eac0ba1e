import { BadRequestException, Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { DashboardFilterQuery, resolveDashboardFilter } from '../dashboard-filter.query';
import { TeamDrawerDto, TeamsMatrixDto } from './teams-matrix.dto';
import { TeamsMatrixService } from './teams-matrix.service';
import { CachedRead } from '../../read-cache/cached-read.decorator';

// eslint-disable-next-line no-useless-assignment -- read by the @Param decorator below, which the rule does not see.
const teamId = new ParseUUIDPipe({
  exceptionFactory: () => new BadRequestException({ statusCode: 400, error: 'Bad Request', message: ['id must be a UUID'] }),
});

@ApiTags('dashboard')
@ApiBearerAuth('bearer')
@Controller('dashboard/teams')
export class TeamsMatrixController {
  constructor(private readonly teams: TeamsMatrixService) {}

  @Get()
  @CachedRead()
  @ApiOperation({ summary: 'Teams matrix: members, onboarded members, average score, challenges (all time and in range), last sync and remote state per team' })
  @ApiOkResponse({ type: TeamsMatrixDto })
  @ApiProblems(400, 401, { 404: "coachId is another coach's" })
  getTeamsMatrix(@CurrentUser() user: AuthenticatedUser, @Query() query: DashboardFilterQuery): Promise<TeamsMatrixDto> {
    return this.teams.matrix(resolveDashboardFilter(user, query));
  }

  @Get(':id')
  @CachedRead()
  @ApiOperation({ summary: 'Team drawer: each member with score, challenges, last activity and membership badge' })
  @ApiOkResponse({ type: TeamDrawerDto })
  @ApiProblems(400, 401, { 404: "No such team, or another coach's" })
  getTeamDrawer(@CurrentUser() user: AuthenticatedUser, @Param('id', teamId) id: string, @Query() query: DashboardFilterQuery): Promise<TeamDrawerDto> {
    return this.teams.drawer(resolveDashboardFilter(user, query), id);
  }
}
