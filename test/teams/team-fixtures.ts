import { PrismaService } from '@app/persistence';
import { ControlRoster, simulatedUserId, SimulatorControlError, SimulatorHandle } from '../../apps/game-platform-sim/src';
import type { Caller, TestStack } from '../support/stack';

type Stack = Pick<TestStack, 'caller'> & { prisma: PrismaService };

/** A coach stored directly, with a token. */
export async function storedCoach(stack: Stack, name: string): Promise<Caller> {
  const row = await stack.prisma.coach.create({ data: { email: `${name}@example.test`, firstName: name, lastName: 'Coach' } });
  return stack.caller('coach', row.id);
}

/** A local competitor of `coachId`; an `onPlatform` one is seeded simulator user `index`. */
export async function storedCompetitor(stack: Stack, coachId: string, index: number, onPlatform = true): Promise<{ id: string; synedUserId: string | null }> {
  const synedUserId = onPlatform ? simulatedUserId(index) : null;
  const row = await stack.prisma.competitor.create({
    data: {
      coachId,
      firstName: `First${index}`,
      lastName: `Last${index}`,
      email: `student-${index}@example.test`,
      status: onPlatform ? 'complete' : 'compliance',
      gamePlatformId: synedUserId,
    },
  });
  return { id: row.id, synedUserId };
}

/** Sorted syned_user_ids the simulator has on the team, or null when it does not know the team. */
export async function remoteRoster(sim: SimulatorHandle, synedTeamId: string): Promise<string[] | null> {
  let roster: ControlRoster;
  try {
    roster = await sim.control.team(synedTeamId);
  } catch (error) {
    if (error instanceof SimulatorControlError && error.status === 404) return null;
    throw error;
  }
  return roster.members.map((member) => member.syned_user_id).sort();
}
