import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth';
import { CoachPage, CoachView, CreateCoachDto, ListCoachesQuery } from './coach.dto';
import { CoachesService } from './coaches.service';

@ApiTags('coaches')
@ApiUnauthorizedResponse({ description: 'Missing or invalid bearer token' })
@Controller('coaches')
export class CoachesController {
  constructor(private readonly coaches: CoachesService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Register a coach (admin); the id is the coach user id in JWTs' })
  @ApiCreatedResponse({ type: CoachView })
  @ApiBadRequestResponse({ description: 'Invalid fields, with one message per field' })
  @ApiForbiddenResponse({ description: 'Admins only' })
  @ApiConflictResponse({ description: 'A coach with this id or email already exists' })
  create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateCoachDto): Promise<CoachView> {
    return this.coaches.create(user, body);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List coaches (admin)' })
  @ApiOkResponse({ type: CoachPage })
  @ApiForbiddenResponse({ description: 'Admins only' })
  list(@Query() query: ListCoachesQuery): Promise<CoachPage> {
    return this.coaches.list(query);
  }

  @Get('me')
  @Roles('coach')
  @ApiOperation({ summary: "The calling coach's own record" })
  @ApiOkResponse({ type: CoachView })
  @ApiNotFoundResponse({ description: 'No coach record for this user yet' })
  me(@CurrentUser() user: AuthenticatedUser): Promise<CoachView> {
    return this.coaches.get(user.id, 'Your coach profile does not exist yet: ask an administrator to register it');
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'One coach (admin)' })
  @ApiOkResponse({ type: CoachView })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such coach' })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<CoachView> {
    return this.coaches.get(id);
  }
}
