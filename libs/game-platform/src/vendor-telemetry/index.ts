export * from './vendor-call-window';
export * from './vendor-metrics.collector';
