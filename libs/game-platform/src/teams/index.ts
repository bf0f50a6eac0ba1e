export * from './roster-plan';
export * from './team-job.error';
export * from './team-metadata';
export * from './team-remote-delete.service';
export * from './team-sync.messages';
export * from './team-sync.service';
export * from './teams-sync.module';
