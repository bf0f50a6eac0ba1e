import type { SimulatorHandle } from '../../apps/game-platform-sim/src';

export interface VendorResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface VendorRequest {
  query?: Record<string, string | number>;
  body?: unknown;
  /** Raw body text, sent as-is with a JSON content type. */
  rawBody?: string;
  /** Bearer token; the simulator's own by default, null for none. */
  token?: string | null;
}

/** Calls a contract path of a running simulator over real HTTP. */
export async function vendorCall(sim: SimulatorHandle, method: 'GET' | 'POST', path: string, request: VendorRequest = {}): Promise<VendorResponse> {
  const url = new URL(sim.url + path);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, String(value));
  const headers: Record<string, string> = {};
  const token = request.token === undefined ? sim.token : request.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const payload = request.rawBody ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: payload });
  const text = await response.text();
  let body: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('application/json')) body = JSON.parse(text);
  return { status: response.status, headers: response.headers, body };
}
