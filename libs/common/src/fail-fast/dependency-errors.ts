export type Dependency = 'redis' | 'postgresql';

const REDIS_MESSAGES = ['Command timed out', 'Connection is closed', "Stream isn't writeable", 'Reached the max retries per request limit'];
const POSTGRES_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const POSTGRES_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const POSTGRES_MESSAGES = ['Connection terminated', 'timeout exceeded when trying to connect', 'terminating connection due to administrator command'];

interface ErrorShape {
  name?: string;
  code?: unknown;
  message?: string;
  meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string } } };
}

/**
 * Which dependency an error says is unreachable (a connection refused, closed or timed out), or
 * null when the error is about the request itself. Tells a 503 apart from a bug.
 */
export function unavailableDependency(error: unknown): Dependency | null {
  if (!error || typeof error !== 'object') return null;
  const { name = '', code, message = '', meta } = error as ErrorShape;
  if (name === 'MaxRetriesPerRequestError' || REDIS_MESSAGES.some((text) => message.startsWith(text))) return 'redis';
  if (name === 'PrismaClientInitializationError' || (typeof code === 'string' && POSTGRES_CODES.has(code))) return 'postgresql';
  const cause = meta?.driverAdapterError?.cause;
  if (cause?.kind && POSTGRES_ADAPTER_KINDS.has(cause.kind)) return 'postgresql';
  // 57P01..57P03: the server is shutting down, restarting or not yet accepting connections.
  if (cause?.kind === 'postgres' && cause.code?.startsWith('57P')) return 'postgresql';
  if (POSTGRES_MESSAGES.some((text) => message.includes(text))) return 'postgresql';
  return null;
}
