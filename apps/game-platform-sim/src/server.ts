import Fastify, { type FastifyInstance } from 'fastify';
import { SimulatorControl } from './control-client';
import { controlRoutes } from './control-routes';
import { VendorError } from './errors';
import './fastify-config';
import { type DatasetSettings, Simulator } from './simulator';
import { INVALID_JSON } from './validation';
import { vendorRoutes } from './vendor-routes';

export const DEFAULT_SIM_TOKEN = 'sim-token';
export const CONTROL_PREFIX = '/_sim';

export interface SimulatorOptions extends DatasetSettings {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Bearer token the contract paths require; default `sim-token`. */
  token?: string;
  /** Optional bearer token for the control API; open when unset. */
  controlToken?: string;
  /** Prefix of the contract paths, e.g. "/integrations/syned/v1"; default "" (paths at the root). */
  basePath?: string;
}

export interface SimulatorHandle {
  /** Base URL of the contract paths (what GAME_PLATFORM_API_BASE_URL points at). */
  url: string;
  token: string;
  /** Base URL of the control API. */
  controlUrl: string;
  port: number;
  /** Typed client of the control API. */
  control: SimulatorControl;
  /** In-process access to the data, clock, faults and counters. */
  simulator: Simulator;
  close(): Promise<void>;
}

function normaliseBasePath(basePath: string): string {
  if (basePath === '' || basePath === '/') return '';
  if (!basePath.startsWith('/') || basePath.endsWith('/')) {
    throw new Error(`basePath must start with "/" and not end with "/" (got "${basePath}")`);
  }
  return basePath;
}

/** Builds the Fastify app of a simulator (not listening). */
export function buildSimulatorApp(
  sim: Simulator,
  options: { token: string; controlToken?: string; basePath: string },
): { app: FastifyInstance; timers: Set<NodeJS.Timeout> } {
  const timers = new Set<NodeJS.Timeout>();
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 1024 * 1024 });

  // FastAPI answers bad JSON with a 422, so parsing never fails here: validation reports it.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, text, done) => {
    const body = String(text);
    if (body.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(body));
    } catch {
      done(null, INVALID_JSON);
    }
  });

  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof VendorError) return reply.code(error.status).send({ detail: error.detail });
    const { statusCode, message } = error as { statusCode?: number; message?: string };
    if (statusCode && statusCode >= 400 && statusCode < 500) return reply.code(statusCode).send({ detail: message });
    return reply.code(500).type('text/plain').send('Internal Server Error');
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ detail: 'Not Found' }));

  app.addHook('onResponse', async (request, reply) => {
    const contractPath = request.routeOptions.config.contractPath;
    if (contractPath !== undefined) sim.counters.record(`${request.method} ${contractPath}`, reply.statusCode);
  });

  app.register(vendorRoutes, { prefix: options.basePath, sim, token: options.token, timers });
  app.register(controlRoutes, { prefix: CONTROL_PREFIX, sim, controlToken: options.controlToken });
  return { app, timers };
}

/** Starts a simulator over real HTTP; `close()` drops every connection, hanging ones included. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorHandle> {
  const token = options.token ?? DEFAULT_SIM_TOKEN;
  const basePath = normaliseBasePath(options.basePath ?? '');
  const host = options.host ?? '127.0.0.1';
  const simulator = new Simulator(options);
  const { app, timers } = buildSimulatorApp(simulator, { token, controlToken: options.controlToken, basePath });
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const urlHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const origin = `http://${urlHost}:${port}`;
  const controlUrl = `${origin}${CONTROL_PREFIX}`;
  return {
    url: `${origin}${basePath}`,
    token,
    controlUrl,
    port,
    control: new SimulatorControl(controlUrl, options.controlToken),
    simulator,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await app.close();
    },
  };
}
