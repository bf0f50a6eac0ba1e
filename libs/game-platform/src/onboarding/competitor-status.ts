import type { CompetitorStatus, Division } from '@app/persistence';

/** What the status depends on: a competitor row, or a row with pending changes applied. */
export interface CompetitorStatusInput {
  firstName: string;
  lastName: string;
  email: string | null;
  division: Division | null;
  schoolId: string | null;
  complianceConfirmedAt: Date | null;
  gamePlatformId: string | null;
}

/** Profile fields the game platform account needs, with the names clients use. */
const PROFILE_FIELDS = [
  { field: 'firstName', label: 'first name' },
  { field: 'lastName', label: 'last name' },
  { field: 'email', label: 'email' },
  { field: 'division', label: 'division' },
  { field: 'schoolId', label: 'school id' },
] as const;

export function missingProfileFields(competitor: CompetitorStatusInput): string[] {
  return PROFILE_FIELDS.filter(({ field }) => !competitor[field]?.trim()).map(({ label }) => label);
}

/**
 * The only place a competitor's status is decided: complete exactly when the platform account
 * exists; otherwise compliance once the profile is whole and compliance is confirmed, profile once
 * the profile is whole, pending before.
 */
export function computeCompetitorStatus(competitor: CompetitorStatusInput): CompetitorStatus {
  if (competitor.gamePlatformId) return 'complete';
  if (missingProfileFields(competitor).length > 0) return 'pending';
  return competitor.complianceConfirmedAt ? 'compliance' : 'profile';
}

/** Why the competitor cannot be added to the game platform now, in words a coach can act on; null when it can. */
export function onboardingBlocker(competitor: CompetitorStatusInput): string | null {
  if (competitor.gamePlatformId) return 'The competitor is already on the Game Platform: nothing to add';
  const missing = missingProfileFields(competitor);
  if (missing.length > 0) {
    return `The competitor's profile is incomplete (missing: ${missing.join(', ')}): complete it, confirm compliance, then add the competitor to the Game Platform`;
  }
  if (!competitor.complianceConfirmedAt) {
    return 'Compliance has not been confirmed for this competitor: confirm it (POST /competitors/{id}/compliance), then add the competitor to the Game Platform';
  }
  return null;
}
