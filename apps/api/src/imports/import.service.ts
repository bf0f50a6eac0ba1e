import { Injectable } from '@nestjs/common';
import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { JobName, JobQueueService } from '@app/jobs';
import { Prisma, PrismaService } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth';
import { CoachImportRow, CompetitorImportRow, ImportKind, ImportReport, ImportRowResult, PlatformIdClaimView, TeamImportRow } from './import.dto';

type Tx = Prisma.TransactionClient;
type RowOutcome = Omit<ImportRowResult, 'row'> & { claimId?: string };
type ClaimEntity = 'coach' | 'competitor' | 'team';

const ROW_CLASSES = { coaches: CoachImportRow, competitors: CompetitorImportRow, teams: TeamImportRow } as const;

/** Thrown at the end of a dry run so its transaction rolls back after computing the exact report. */
class DryRunRollback extends Error {}

const failed = (...errors: string[]): RowOutcome => ({ outcome: 'error', errors });

/**
 * Import of coaches, competitors and teams that already exist (seed 002 §6, §13 backfill). Rows are
 * matched by email (coaches, competitors) or by coach and name (teams), so a second import changes
 * nothing. A platform id is never written directly: it becomes a claim that a job verifies against
 * the vendor first. A dry run does the same work in a transaction that is rolled back.
 */
@Injectable()
export class ImportService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly jobs: JobQueueService,
  ) {}

  async import(user: AuthenticatedUser, kind: ImportKind, rows: Record<string, unknown>[], dryRun: boolean): Promise<ImportReport> {
    const results: (ImportRowResult & { claimId?: string })[] = [];
    try {
      await this.prisma.$transaction(
        async (tx) => {
          for (const [index, raw] of rows.entries()) results.push({ row: index + 1, ...(await this.importRow(tx, kind, raw)) });
          await this.audit.record(
            user,
            { action: 'admin.import', targetType: 'import', targetId: kind, payload: { dryRun, counts: countByOutcome(results) } },
            tx,
          );
          if (dryRun) throw new DryRunRollback();
        },
        { timeout: 120_000 },
      );
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    if (!dryRun) {
      for (const { claimId } of results) if (claimId) await this.jobs.enqueue(JobName.VerifyPlatformId, { claimId, requestedBy: user.id });
    }
    return { kind, dryRun, counts: countByOutcome(results), rows: results.map(({ claimId: _claim, ...result }) => result) };
  }

  async claims(state: string | undefined): Promise<PlatformIdClaimView[]> {
    const rows = await this.prisma.platformIdClaim.findMany({ where: state ? { state } : {}, orderBy: { createdAt: 'desc' }, take: 1000 });
    return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), checkedAt: row.checkedAt?.toISOString() ?? null }));
  }

  private async importRow(tx: Tx, kind: ImportKind, raw: Record<string, unknown>): Promise<RowOutcome> {
    const row = plainToInstance(ROW_CLASSES[kind] as ClassConstructor<object>, raw) as CoachImportRow | CompetitorImportRow | TeamImportRow;
    const errors = validateSync(row, { forbidUnknownValues: false }).flatMap(messages);
    if (errors.length > 0) return failed(...errors);
    if (row instanceof TeamImportRow) return this.team(tx, row);
    if (row instanceof CompetitorImportRow) return this.competitor(tx, row);
    return this.coach(tx, row);
  }

  private async coach(tx: Tx, row: CoachImportRow): Promise<RowOutcome> {
    const existing = await tx.coach.findUnique({ where: { email: row.email } });
    const conflict = platformConflict(existing?.gamePlatformId, row.gamePlatformId);
    if (conflict) return failed(conflict);
    const fields = { firstName: row.firstName, lastName: row.lastName };
    const saved = existing
      ? await tx.coach.update({ where: { id: existing.id }, data: fields })
      : await tx.coach.create({ data: { email: row.email, ...fields } });
    return this.withClaim(tx, 'coach', saved.id, saved.gamePlatformId, row.gamePlatformId, outcomeOf(existing, fields));
  }

  private async competitor(tx: Tx, row: CompetitorImportRow): Promise<RowOutcome> {
    const coach = await tx.coach.findUnique({ where: { email: row.coachEmail }, select: { id: true } });
    if (!coach) return failed(`coachEmail: no coach with email ${row.coachEmail} (import the coaches first)`);
    const existing = await tx.competitor.findUnique({ where: { email: row.email } });
    if (existing && existing.coachId !== coach.id) return failed(`email: ${row.email} is a competitor of another coach`);
    const conflict = platformConflict(existing?.gamePlatformId, row.gamePlatformId);
    if (conflict) return failed(conflict);
    const fields = {
      firstName: row.firstName,
      lastName: row.lastName,
      ...(row.division && { division: row.division }),
      ...(row.grade && { grade: row.grade }),
    };
    const saved = existing
      ? await tx.competitor.update({ where: { id: existing.id }, data: fields })
      : await tx.competitor.create({ data: { coachId: coach.id, email: row.email, ...fields } });
    return this.withClaim(tx, 'competitor', saved.id, saved.gamePlatformId, row.gamePlatformId, outcomeOf(existing, fields));
  }

  private async team(tx: Tx, row: TeamImportRow): Promise<RowOutcome> {
    const coach = await tx.coach.findUnique({ where: { email: row.coachEmail }, select: { id: true } });
    if (!coach) return failed(`coachEmail: no coach with email ${row.coachEmail} (import the coaches first)`);
    const existing = await tx.team.findUnique({ where: { coachId_name: { coachId: coach.id, name: row.name } } });
    const conflict = platformConflict(existing?.gamePlatformId, row.gamePlatformId);
    if (conflict) return failed(conflict);
    const fields = { division: row.division, affiliation: row.affiliation };
    const saved = existing
      ? await tx.team.update({ where: { id: existing.id }, data: fields })
      : await tx.team.create({ data: { coachId: coach.id, name: row.name, ...fields } });
    return this.withClaim(tx, 'team', saved.id, saved.gamePlatformId, row.gamePlatformId, outcomeOf(existing, fields));
  }

  /** Records the platform id as a claim to verify, unless the entity already has exactly that id. */
  private async withClaim(
    tx: Tx,
    entity: ClaimEntity,
    localId: string,
    current: string | null,
    wanted: string | undefined,
    outcome: RowOutcome['outcome'],
  ): Promise<RowOutcome> {
    if (!wanted) return { outcome, id: localId };
    if (current === wanted) return { outcome, id: localId, platformId: 'linked' };
    const claim = await tx.platformIdClaim.findUnique({ where: { entity_localId: { entity, localId } } });
    // The same id again: its verification stands (a rejected id is not retried until the row names another).
    if (claim?.platformId === wanted && claim.state === 'pending') return { outcome, id: localId, platformId: 'pending_verification', claimId: claim.id };
    if (claim?.platformId === wanted && claim.state === 'rejected')
      return { outcome, id: localId, platformId: 'rejected', errors: [`gamePlatformId: ${claim.error ?? 'rejected'}`] };
    const saved = await tx.platformIdClaim.upsert({
      where: { entity_localId: { entity, localId } },
      create: { entity, localId, platformId: wanted },
      update: { platformId: wanted, state: 'pending', error: null, checkedAt: null },
    });
    return { outcome: outcome === 'unchanged' ? 'updated' : outcome, id: localId, platformId: 'pending_verification', claimId: saved.id };
  }
}

function platformConflict(current: string | null | undefined, wanted: string | undefined): string | null {
  return current && wanted && current !== wanted ? `gamePlatformId: already linked to the platform as ${current}` : null;
}

function outcomeOf(existing: Record<string, unknown> | null, fields: Record<string, unknown>): RowOutcome['outcome'] {
  if (!existing) return 'created';
  return Object.entries(fields).some(([key, value]) => existing[key] !== value) ? 'updated' : 'unchanged';
}

function messages(error: ValidationError): string[] {
  return [...Object.values(error.constraints ?? {}), ...(error.children ?? []).flatMap(messages)];
}

function countByOutcome(results: ImportRowResult[]): Record<string, number> {
  const counts: Record<string, number> = { created: 0, updated: 0, unchanged: 0, error: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}
