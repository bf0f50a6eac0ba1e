export * from './auth.decorators';
export * from './auth.module';
export * from './authenticated-user';
export * from './mint-token';
export * from './visible-to';
