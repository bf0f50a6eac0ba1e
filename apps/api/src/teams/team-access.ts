import { NotFoundException } from '@nestjs/common';
import { Prisma } from '@app/persistence';
import { AuthenticatedUser, visibleTo } from '../auth';

export function teamNotFound(teamId: string): NotFoundException {
  return new NotFoundException(`Team ${teamId} was not found`);
}

/**
 * The team, locked until the transaction ends: member changes and the delete of one team are
 * serialised, so "no members" checked by a delete stays true until it commits.
 */
export async function lockVisibleTeam(tx: Prisma.TransactionClient, user: AuthenticatedUser, teamId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM teams WHERE id = ${teamId}::uuid FOR UPDATE`;
  const team = locked.length > 0 ? await tx.team.findFirst({ where: { id: teamId, ...visibleTo(user) } }) : null;
  if (!team) throw teamNotFound(teamId);
  return team;
}
