import { Injectable } from '@nestjs/common';
import { CorrelationScope } from '@app/common';
import { Prisma, PrismaService } from '@app/persistence';
import { AuthenticatedUser } from '../auth';

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: string;
  payload?: Prisma.InputJsonObject;
}

/** Who did what to which target, when, under which request id: one row per manual action. */
@Injectable()
export class AuditService {
  constructor(private readonly prisma: PrismaService) {}

  /** Pass the transaction client when the action's own writes happen in one, so both commit together. */
  async record(actor: AuthenticatedUser, entry: AuditEntry, db: Prisma.TransactionClient = this.prisma): Promise<void> {
    await db.auditLog.create({
      data: {
        actor: actor.id,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        payload: { ...entry.payload, actorRole: actor.role, requestId: CorrelationScope.current().requestId ?? null },
      },
    });
  }
}
