import { LocalMember, planRoster } from './roster-plan';

const member = (competitorId: string, synedUserId: string | null): LocalMember => ({
  membershipId: `m-${competitorId}`,
  competitorId,
  synedUserId,
  updatedAt: new Date(0),
});

describe('planRoster', () => {
  it('assigns local members missing remotely, keeps those in place and leaves non-platform ones pending', () => {
    const plan = planRoster([member('a', 'u-a'), member('b', 'u-b'), member('c', null)], ['u-b']);
    expect(plan.assign.map((m) => m.competitorId)).toEqual(['a']);
    expect(plan.inPlace.map((m) => m.competitorId)).toEqual(['b']);
    expect(plan.notOnPlatform.map((m) => m.competitorId)).toEqual(['c']);
    expect(plan.strays).toEqual([]);
  });

  it('lists remote members that are no longer local members as strays', () => {
    const plan = planRoster([member('a', 'u-a')], ['u-a', 'u-gone', 'u-moved']);
    expect(plan.assign).toEqual([]);
    expect(plan.strays).toEqual(['u-gone', 'u-moved']);
  });

  it('plans nothing when both sides agree (a re-run after success is a no-op)', () => {
    const plan = planRoster([member('a', 'u-a'), member('b', 'u-b')], ['u-b', 'u-a']);
    expect(plan.assign).toEqual([]);
    expect(plan.strays).toEqual([]);
    expect(plan.inPlace).toHaveLength(2);
  });
});
