import { randomUUID } from 'node:crypto';
import { PrismaService } from '@app/persistence';

/** A coach stored directly, for the contract checks that need one; its id. */
export async function registeredCoachId(prisma: PrismaService): Promise<string> {
  const id = randomUUID();
  await prisma.coach.create({ data: { id, email: `coach-${id}@school.example.org`, firstName: 'Grace', lastName: 'Hopper' } });
  return id;
}
