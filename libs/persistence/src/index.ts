export * from './generated/prisma/client';
export * from './persistence.config';
export * from './persistence.module';
export * from './prisma.service';
export * from './database.health';
