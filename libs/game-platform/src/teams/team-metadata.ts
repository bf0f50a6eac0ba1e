import type { Division } from '@app/persistence';

export const TEAM_METADATA_FIELDS = ['name', 'division', 'affiliation'] as const;
export type TeamMetadataField = (typeof TEAM_METADATA_FIELDS)[number];

export interface TeamMetadataState {
  gamePlatformId: string | null;
  name: string;
  division: Division;
  affiliation: string;
  remoteName: string | null;
  remoteDivision: Division | null;
  remoteAffiliation: string | null;
}

const REMOTE_FIELD = { name: 'remoteName', division: 'remoteDivision', affiliation: 'remoteAffiliation' } as const;

/**
 * Local metadata the platform does not have: it has no team-update endpoint, so whatever changed
 * after the team was created there stays local. A team not on the platform yet has no drift (it will
 * be created with the current values); an unknown remote value is not reported as drift.
 */
export function metadataDrift(team: TeamMetadataState): TeamMetadataField[] {
  if (!team.gamePlatformId) return [];
  return TEAM_METADATA_FIELDS.filter((field) => {
    const remote = team[REMOTE_FIELD[field]];
    return remote !== null && remote !== team[field];
  });
}
