import { Body, Controller, Delete, ForbiddenException, Headers, HttpCode, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiSeeOtherResponse,
  ApiTags,
} from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from '../../audit/audit.service';
import { Public } from '../../auth';
import { ApiProblems } from '../../http/problem-details.dto';
import { AdminSessionService, BULL_BOARD_PATH } from './admin-session.service';
import { CROSS_SITE_MESSAGE, originCheck } from './same-origin';

export class SessionBody {
  @ApiPropertyOptional({ description: 'Admin JWT (form field of the sign-in page); or send it as a bearer header' })
  @IsOptional()
  @IsString()
  token?: string;
}

class SessionCreated {
  @ApiProperty() expiresInSeconds!: number;
}

const isHttps = (request: FastifyRequest) => request.protocol === 'https' || request.headers['x-forwarded-proto'] === 'https';

/**
 * Sign-in and sign-out change the browser's session, so another site must not trigger them: a
 * request naming another origin is refused, and so is a browser form that names none.
 */
function assertSameOrigin(request: FastifyRequest, isForm: boolean): void {
  const origin = originCheck(request);
  if (origin === 'cross' || (origin === 'absent' && isForm)) throw new ForbiddenException(CROSS_SITE_MESSAGE);
}

const isFormPost = (contentType: string | undefined) => Boolean(contentType?.startsWith('application/x-www-form-urlencoded'));

/** Bull Board sign-in for browsers: trades an admin JWT for a short-lived HttpOnly cookie scoped to /admin/queues. */
@ApiTags('admin')
@Public()
@Controller(`${BULL_BOARD_PATH.slice(1)}/session`)
export class AdminSessionController {
  constructor(
    private readonly sessions: AdminSessionService,
    private readonly audit: AuditService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Open a Bull Board session: JSON/bearer callers get 201 and the cookie, the sign-in form is redirected to the board' })
  @ApiConsumes('application/json', 'application/x-www-form-urlencoded')
  @ApiBody({ type: SessionBody })
  @ApiCreatedResponse({ type: SessionCreated, description: 'Cookie set (JSON or bearer callers)' })
  @ApiSeeOtherResponse({ description: 'Form sign-in: cookie set, redirected to the board' })
  @ApiProblems({ 401: 'No or invalid token', 403: "The token is not an admin's, or the request came from another site (Origin check)" })
  async openBullBoardSession(
    @Body() body: SessionBody,
    @Headers('authorization') authorization: string | undefined,
    @Headers('content-type') contentType: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionCreated | undefined> {
    assertSameOrigin(request, isFormPost(contentType));
    const token = body.token?.trim() || authorization?.replace(/^Bearer\s+/i, '');
    if (!token) throw new UnauthorizedException('Send an admin JWT as "token" or as "Authorization: Bearer <JWT>"');
    const user = await this.sessions.adminFromToken(token);
    reply.header('set-cookie', await this.sessions.sessionCookie(user, isHttps(request)));
    await this.audit.record(user, { action: 'admin.bull_board.session', targetType: 'bull_board', targetId: BULL_BOARD_PATH });
    if (isFormPost(contentType)) {
      reply.status(303).header('location', `${BULL_BOARD_PATH}/`);
      return undefined;
    }
    return { expiresInSeconds: this.sessions.ttlSeconds };
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Close the Bull Board session: it is deleted on the server and the cookie cleared' })
  @ApiNoContentResponse({ description: 'Session closed, cookie cleared' })
  @ApiProblems({ 403: 'The request came from another site (Origin check)' })
  async closeBullBoardSession(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    assertSameOrigin(request, Boolean(request.headers.cookie));
    await this.sessions.revoke(request.headers.cookie);
    reply.header('set-cookie', this.sessions.clearedCookie(isHttps(request)));
  }
}
