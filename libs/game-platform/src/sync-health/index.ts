export * from './flash-health.service';
export * from './sync-health.service';
export * from './sync-metrics.collector';
export * from './sync-health.module';
