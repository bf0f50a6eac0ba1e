export * from './imports.module';
export * from './platform-id-verification.service';
