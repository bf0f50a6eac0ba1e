import { metadataDrift, TeamMetadataState } from './team-metadata';

const team = (overrides: Partial<TeamMetadataState> = {}): TeamMetadataState => ({
  gamePlatformId: 'remote-id',
  name: 'Falcons',
  division: 'high_school',
  affiliation: 'Lincoln High',
  remoteName: 'Falcons',
  remoteDivision: 'high_school',
  remoteAffiliation: 'Lincoln High',
  ...overrides,
});

describe('metadataDrift', () => {
  it('is empty while local and remote metadata agree', () => {
    expect(metadataDrift(team())).toEqual([]);
  });

  it('names every field changed locally after the team was created remotely', () => {
    expect(metadataDrift(team({ name: 'Hawks', affiliation: 'Lincoln HS' }))).toEqual(['name', 'affiliation']);
    expect(metadataDrift(team({ division: 'college' }))).toEqual(['division']);
  });

  it('is empty for a team not on the platform yet: it will be created with the current values', () => {
    expect(metadataDrift(team({ gamePlatformId: null, name: 'Hawks' }))).toEqual([]);
  });

  it('does not report a field whose remote value is unknown', () => {
    expect(metadataDrift(team({ remoteName: null, name: 'Hawks' }))).toEqual([]);
  });
});
