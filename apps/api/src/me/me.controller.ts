import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { MeDto } from './me.dto';
import { MeService } from './me.service';
import { CachedRead } from '../read-cache/cached-read.decorator';

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @CachedRead('user')
  @ApiOperation({ summary: 'Who am I and what may I do: role, coach profile and game platform availability' })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401)
  getMe(@CurrentUser() user: AuthenticatedUser): Promise<MeDto> {
    return this.me.me(user);
  }
}
