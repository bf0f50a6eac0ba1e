import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { AuditService } from '../audit/audit.service';
import { AuthenticatedUser } from '../auth';
import { cursorWindow, nextCursor } from '../http/page.query';
import { CoachPage, CoachView, CreateCoachDto, ListCoachesQuery } from './coach.dto';

@Injectable()
export class CoachesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  /** A duplicate id or email answers 409 (global Prisma error filter). */
  create(actor: AuthenticatedUser, input: CreateCoachDto): Promise<CoachView> {
    return this.prisma.$transaction(async (tx) => {
      const coach = await tx.coach.create({ data: input });
      await this.audit.record(actor, { action: 'coach.create', targetType: 'coach', targetId: coach.id, payload: { email: coach.email } }, tx);
      return CoachView.from(coach);
    });
  }

  async list(query: ListCoachesQuery): Promise<CoachPage> {
    const [rows, total] = await Promise.all([
      this.prisma.coach.findMany({ orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { id: 'asc' }], ...cursorWindow(query) }),
      this.prisma.coach.count(),
    ]);
    return { items: rows.map((coach) => CoachView.from(coach)), page: query.page, pageSize: query.pageSize, total, nextCursor: nextCursor(rows, query) };
  }

  async get(id: string, notFoundMessage = 'Coach not found'): Promise<CoachView> {
    const coach = await this.prisma.coach.findUnique({ where: { id } });
    if (!coach) throw new NotFoundException(notFoundMessage);
    return CoachView.from(coach);
  }
}
