import pino from 'pino';

// Query parameters whose values are personal data or credentials.
const SENSITIVE_QUERY = /([?&](?:search|email|token|access_token)=)[^&#]*/gi;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** The request as a log line shows it: the values of sensitive query parameters are redacted. */
export function requestLogView(request: LoggedRequest) {
  return {
    method: request.method,
    url: request.url?.replace(SENSITIVE_QUERY, '$1[redacted]'),
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * An error as a log line shows it: database errors quote the values of a failed statement (a
 * duplicate key names the email), so email addresses are masked anywhere in the error.
 */
export function errorLogView(error: Error): unknown {
  const masked = JSON.stringify(pino.stdSerializers.err(error), (_key, value: unknown) =>
    typeof value === 'string' ? value.replace(EMAIL, '[email]') : value,
  );
  return JSON.parse(masked) as unknown;
}
