import { CompetitorStatusInput, computeCompetitorStatus, missingProfileFields, onboardingBlocker } from './competitor-status';

const whole: CompetitorStatusInput = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.org',
  division: 'high_school',
  schoolId: 'school-1',
  complianceConfirmedAt: null,
  gamePlatformId: null,
};
const confirmed = new Date('2026-01-01T00:00:00Z');
const remoteId = '2b1c1d4e-0000-4000-8000-000000000001';

describe('computeCompetitorStatus', () => {
  it.each<[string, Partial<CompetitorStatusInput>, string]>([
    ['names only', { email: null, division: null, schoolId: null }, 'pending'],
    ['missing email', { email: null }, 'pending'],
    ['blank email', { email: '  ' }, 'pending'],
    ['missing division', { division: null }, 'pending'],
    ['missing school', { schoolId: null }, 'pending'],
    ['blank last name', { lastName: '' }, 'pending'],
    ['compliance confirmed but profile incomplete', { email: null, complianceConfirmedAt: confirmed }, 'pending'],
    ['whole profile', {}, 'profile'],
    ['whole profile, compliance confirmed', { complianceConfirmedAt: confirmed }, 'compliance'],
    ['on the platform', { complianceConfirmedAt: confirmed, gamePlatformId: remoteId }, 'complete'],
    ['on the platform even if the profile later lost a field', { email: null, gamePlatformId: remoteId }, 'complete'],
  ])('%s -> %s', (_case, changes, expected) => {
    expect(computeCompetitorStatus({ ...whole, ...changes })).toBe(expected);
  });
});

describe('missingProfileFields / onboardingBlocker', () => {
  it('names every missing field', () => {
    expect(missingProfileFields({ ...whole, email: null, schoolId: '' })).toEqual(['email', 'school id']);
  });

  it('explains what is missing before onboarding', () => {
    expect(onboardingBlocker({ ...whole, division: null })).toMatch(/missing: division/);
    expect(onboardingBlocker(whole)).toMatch(/Compliance has not been confirmed/);
    expect(onboardingBlocker({ ...whole, complianceConfirmedAt: confirmed, gamePlatformId: remoteId })).toMatch(/already on the Game Platform/);
    expect(onboardingBlocker({ ...whole, complianceConfirmedAt: confirmed })).toBeNull();
  });
});
