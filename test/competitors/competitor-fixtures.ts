import { randomUUID } from 'node:crypto';
import type { Caller, TestStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

type Api = Pick<TestStack, 'caller' | 'request'>;

let sequence = 0;

/** A coach registered through the API by `admin`, with a token. */
export async function registeredCoach(stack: Api, admin: Caller): Promise<Caller> {
  const id = randomUUID();
  const created = await stack.request(admin.token, 'POST', '/coaches', {
    id,
    email: `coach-${id}@example.test`,
    firstName: 'Casey',
    lastName: `Coach${++sequence}`,
  });
  if (created.statusCode !== 201) throw new Error(`coach creation failed: ${JSON.stringify(created.body)}`);
  return stack.caller('coach', id);
}

/** A competitor of `coach` whose profile is whole and whose compliance is confirmed. */
export async function compliantCompetitor(stack: Api, coach: Caller, overrides: Record<string, unknown> = {}): Promise<string> {
  const n = ++sequence;
  const created = await stack.request(coach.token, 'POST', '/competitors', {
    firstName: 'Ada',
    lastName: `Lovelace${n}`,
    email: `ada.${n}.${coach.id.slice(0, 8)}@students.example.test`,
    division: 'high_school',
    schoolId: 'school-1',
    regionId: 'region-1',
    ...overrides,
  });
  if (created.statusCode !== 201) throw new Error(`competitor creation failed: ${JSON.stringify(created.body)}`);
  const confirmed = await stack.request(coach.token, 'POST', `/competitors/${created.body.id}/compliance`);
  if (confirmed.body.status !== 'compliance') throw new Error(`compliance failed: ${JSON.stringify(confirmed.body)}`);
  return created.body.id as string;
}

/** The competitor's onboarding state once it has left `pending`. */
export function settledOnboarding(stack: Api, caller: Caller, competitorId: string): Promise<any> {
  return waitFor(async () => (await stack.request(caller.token, 'GET', `/competitors/${competitorId}/game-platform`)).body, {
    until: (body) => body.state !== 'pending',
    description: `the onboarding of ${competitorId} to settle`,
  });
}
