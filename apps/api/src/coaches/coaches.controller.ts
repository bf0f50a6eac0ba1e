import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { CoachPage, CoachView, CreateCoachDto, ListCoachesQuery } from './coach.dto';
import { CoachesService } from './coaches.service';
import { CachedRead } from '../read-cache/cached-read.decorator';

@ApiTags('coaches')
@Controller('coaches')
export class CoachesController {
  constructor(private readonly coaches: CoachesService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a coach (admin); the id is the coach user id in JWTs' })
  @ApiCreatedResponse({ type: CoachView })
  @ApiProblems({ 409: 'A coach with this id or email already exists' })
  createCoach(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateCoachDto): Promise<CoachView> {
    return this.coaches.create(user, body);
  }

  @Get()
  @CachedRead()
  @Roles('admin')
  @ApiOperation({ summary: 'List coaches (admin)' })
  @ApiOkResponse({ type: CoachPage })
  @ApiProblems(400)
  listCoaches(@Query() query: ListCoachesQuery): Promise<CoachPage> {
    return this.coaches.list(query);
  }

  @Get('me')
  @CachedRead()
  @Roles('coach')
  @ApiOperation({ summary: "The calling coach's own record" })
  @ApiOkResponse({ type: CoachView })
  @ApiProblems({ 404: 'No coach record for this user yet' })
  getCurrentCoach(@CurrentUser() user: AuthenticatedUser): Promise<CoachView> {
    return this.coaches.get(user.id, 'Your coach profile does not exist yet: ask an administrator to register it');
  }

  @Get(':id')
  @CachedRead()
  @Roles('admin')
  @ApiOperation({ summary: 'One coach (admin)' })
  @ApiOkResponse({ type: CoachView })
  @ApiProblems({ 400: 'id is not a UUID', 404: 'No such coach' })
  getCoach(@Param('id', ParseUUIDPipe) id: string): Promise<CoachView> {
    return this.coaches.get(id);
  }
}
