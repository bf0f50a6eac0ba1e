export * from './competitor-status';
export * from './onboarding-failure';
export * from './competitor-onboarding.service';
export * from './competitor-onboarding.module';
