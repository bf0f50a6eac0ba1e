import type { PoolConfig } from 'pg';

export interface FieldsResult {
  fields: { name: string; dataTypeID: number }[];
}

export function normalizeCatalogFields<T extends FieldsResult | undefined>(result: T): T;
export function poolConfigFromUrl(connectionString: string, database?: string): PoolConfig;
export function createMigrationAdapterFactory(datasource: { url: string; shadowDatabaseUrl?: string }): unknown;
