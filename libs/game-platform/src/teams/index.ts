export * from './pending-roster.sweeper';
export * from './roster-plan';
export * from './roster-sweep.config';
export * from './team-metadata';
export * from './team-remote-delete.service';
export * from './team-sync.messages';
export * from './team-sync.service';
export * from './teams-sync.module';
