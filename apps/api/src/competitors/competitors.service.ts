import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { FieldInputError } from '../http/field-input.error';
import { computeCompetitorStatus, missingProfileFields } from '@app/game-platform';
import { Prisma, PrismaService } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser, isAdmin, visibleTo } from '../auth';
import { definedFields } from '../http/defined-fields';
import { nextCursor } from '../http/page.query';
import { CompetitorListRepository } from './competitor-list.repository';
import { CompetitorPage, CompetitorView, CreateCompetitorDto, ListCompetitorsQuery, UpdateCompetitorDto } from './competitor.dto';
import { CompetitorViewRow, toCompetitorView, VIEW_INCLUDE } from './competitor-view';

export const COMPETITOR_NOT_FOUND = 'Competitor not found';

/** Competitor records. A coach only ever reaches their own (others answer 404); admins reach all. */
@Injectable()
export class CompetitorsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly reads: CompetitorListRepository,
  ) {}

  async findVisible(user: AuthenticatedUser, id: string, db: Prisma.TransactionClient = this.prisma): Promise<CompetitorViewRow> {
    const competitor = await db.competitor.findFirst({ where: { id, ...visibleTo(user) }, include: VIEW_INCLUDE });
    if (!competitor) throw new NotFoundException(COMPETITOR_NOT_FOUND);
    return competitor;
  }

  async get(user: AuthenticatedUser, id: string): Promise<CompetitorView> {
    const competitor = await this.reads.find(user, id);
    if (!competitor) throw new NotFoundException(COMPETITOR_NOT_FOUND);
    return toCompetitorView(competitor);
  }

  async create(user: AuthenticatedUser, input: CreateCompetitorDto): Promise<CompetitorView> {
    const coachId = await this.owningCoach(user, input.coachId);
    const profile = { ...input, coachId, email: input.email ?? null, division: input.division ?? null, schoolId: input.schoolId ?? null };
    return this.prisma.$transaction(async (tx) => {
      const competitor = await tx.competitor.create({
        data: { ...profile, status: computeCompetitorStatus({ ...profile, complianceConfirmedAt: null, gamePlatformId: null }) },
        include: VIEW_INCLUDE,
      });
      await this.audit.record(user, { action: 'competitor.create', targetType: 'competitor', targetId: competitor.id, payload: { coachId } }, tx);
      return toCompetitorView(competitor);
    });
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateCompetitorDto): Promise<CompetitorView> {
    const changes = definedFields(input);
    if (changes.coachId !== undefined) await this.owningCoach(user, changes.coachId);
    return this.prisma.$transaction(async (tx) => {
      const current = await this.findVisible(user, id, tx);
      if (current.gamePlatformId && changes.email !== undefined && changes.email !== current.email) {
        throw new ConflictException(
          'The competitor is already on the Game Platform, whose account keeps the original email: the email cannot be changed here, contact support',
        );
      }
      const next = { ...current, ...changes };
      const competitor = await tx.competitor.update({
        where: { id },
        data: { ...changes, status: computeCompetitorStatus(next) },
        include: VIEW_INCLUDE,
      });
      await this.audit.record(
        user,
        { action: 'competitor.update', targetType: 'competitor', targetId: id, payload: { fields: Object.keys(changes), status: competitor.status } },
        tx,
      );
      return toCompetitorView(competitor);
    });
  }

  /** What the coach confirms before onboarding: the profile must be whole first. */
  async confirmCompliance(user: AuthenticatedUser, id: string): Promise<CompetitorView> {
    return this.prisma.$transaction(async (tx) => {
      const current = await this.findVisible(user, id, tx);
      const missing = missingProfileFields(current);
      if (missing.length > 0) {
        throw new ConflictException(`Complete the competitor's profile before confirming compliance (missing: ${missing.join(', ')})`);
      }
      const complianceConfirmedAt = current.complianceConfirmedAt ?? new Date();
      const competitor = await tx.competitor.update({
        where: { id },
        data: { complianceConfirmedAt, status: computeCompetitorStatus({ ...current, complianceConfirmedAt }) },
        include: VIEW_INCLUDE,
      });
      await this.audit.record(user, { action: 'competitor.compliance_confirm', targetType: 'competitor', targetId: id }, tx);
      return toCompetitorView(competitor);
    });
  }

  /** The platform account, if any, stays: the platform has no user deletion. */
  async remove(user: AuthenticatedUser, id: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const current = await this.findVisible(user, id, tx);
      if (current.membership) {
        throw new ConflictException('The competitor is on a team: remove them from the team first, then delete');
      }
      await tx.competitor.delete({ where: { id } });
      await this.audit.record(
        user,
        { action: 'competitor.delete', targetType: 'competitor', targetId: id, payload: { gamePlatformId: current.gamePlatformId } },
        tx,
      );
    });
  }

  async list(user: AuthenticatedUser, query: ListCompetitorsQuery): Promise<CompetitorPage> {
    const { rows, total } = await this.reads.page(user, query);
    return { items: rows.map(toCompetitorView), page: query.page, pageSize: query.pageSize, total, nextCursor: nextCursor(rows, query) };
  }

  /** Coaches own what they create; admins must name an existing coach. */
  private async owningCoach(user: AuthenticatedUser, requested: string | undefined): Promise<string> {
    if (!isAdmin(user)) {
      if (requested !== undefined && requested !== user.id) {
        throw new FieldInputError('coachId', 'coachId can only be chosen by an administrator');
      }
      await this.assertCoachExists(user.id, 'Your coach profile does not exist yet: ask an administrator to register it');
      return user.id;
    }
    if (!requested) throw new FieldInputError('coachId', 'coachId is required when an administrator creates a competitor');
    await this.assertCoachExists(requested, 'coachId does not match any coach');
    return requested;
  }

  private async assertCoachExists(id: string, message: string): Promise<void> {
    if (!(await this.prisma.coach.findUnique({ where: { id }, select: { id: true } }))) {
      throw new FieldInputError('coachId', message);
    }
  }
}
