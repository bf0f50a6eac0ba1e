import { BadRequestException, Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Roles } from '../auth';
import { ApiProblems } from '../http/problem-details.dto';
import { parseCsv } from './csv';
import { ClaimListQuery, ImportJsonBody, ImportKindParam, ImportQuery, ImportReport, PlatformIdClaimView } from './import.dto';
import { ImportService } from './import.service';

/** Most rows one request may carry: bigger imports are split. */
const MAX_ROWS = 5_000;

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/import')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Get('claims')
  @ApiOperation({
    summary: 'Imported platform ids and their verification: pending, verified (written to the entity) or rejected (with the reason); newest 1000',
  })
  @ApiOkResponse({ type: [PlatformIdClaimView] })
  @ApiProblems({ 400: 'Unknown state', 401: 'No or invalid token', 403: 'Admins only' })
  claims(@Query() { state }: ClaimListQuery): Promise<PlatformIdClaimView[]> {
    return this.imports.claims(state);
  }

  @Post(':kind')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Import existing coaches, competitors or teams, with their platform ids (JSON or CSV, dry run, per-row report)',
    description:
      'Idempotent: rows match by email (coaches, competitors) or coach and name (teams). A gamePlatformId is verified by a job (getUser / get_team_assignments) before it is written; GET /admin/import/claims lists the outcome.',
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ type: ImportJsonBody, description: 'JSON { rows: [...] }, or text/csv with a header row naming the same fields' })
  @ApiOkResponse({ type: ImportReport })
  @ApiProblems({ 400: 'Unknown kind, a body that is neither { rows: [...] } nor CSV, or more than 5000 rows', 401: 'No or invalid token', 403: 'Admins only' })
  async import(
    @CurrentUser() user: AuthenticatedUser,
    @Param() { kind }: ImportKindParam,
    @Query() { dryRun }: ImportQuery,
    @Body() body: unknown,
  ): Promise<ImportReport> {
    const rows = typeof body === 'string' ? parseCsv(body) : (body as Partial<ImportJsonBody> | null)?.rows;
    if (!Array.isArray(rows) || rows.some((row) => typeof row !== 'object' || row === null)) {
      throw new BadRequestException({
        message: ['the body must be JSON { "rows": [ {...} ] } or text/csv with a header row'],
        error: 'Bad Request',
        statusCode: 400,
      });
    }
    if (rows.length > MAX_ROWS)
      throw new BadRequestException({ message: [`at most ${MAX_ROWS} rows per import; split the file`], error: 'Bad Request', statusCode: 400 });
    return this.imports.import(user, kind, rows, dryRun);
  }
}
