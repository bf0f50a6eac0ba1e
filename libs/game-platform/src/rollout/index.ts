export * from './job-coach';
export * from './rollout-catch-up.service';
export * from './rollout-parking.service';
export * from './rollout.module';
