import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import OpenAPIBackend, { type Document, type Operation } from 'openapi-backend';
import { parse } from 'yaml';
import { type SimulatorHandle, simulatedUserId, startSimulator } from '../../apps/game-platform-sim/src';
import { requirePrerequisite } from '../support/prerequisite';
import { type VendorRequest, type VendorResponse, vendorCall } from './vendor-http';

/** The project's copy of the vendor contract; the source of truth sits beside the repository when checked out with it. */
const CONTRACT = resolve(__dirname, '../../libs/game-platform/contract/openapi.yaml');
const SHARED_CONTRACT = resolve(__dirname, '../../../shared/game-platform-api/openapi.yaml');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** The contract declares no operationIds; the validator keys its compiled schemas by one, so name them "GET /path". */
function loadContract(): Document {
  const document = parse(readFileSync(CONTRACT, 'utf8')) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      if (item[method]) item[method].operationId ??= `${method.toUpperCase()} ${path}`;
    }
  }
  return document as unknown as Document;
}

describe('the vendor contract copy', () => {
  // Checked out beside the shared folder (as in CI), the copy must not drift from the source.
  const withSharedContract = requirePrerequisite(
    'the shared vendor contract',
    existsSync(SHARED_CONTRACT),
    `${SHARED_CONTRACT} is not checked out beside the repository`,
  );
  withSharedContract('is identical to the shared contract', () => {
    expect(readFileSync(CONTRACT, 'utf8')).toBe(readFileSync(SHARED_CONTRACT, 'utf8'));
  });
});

describe('simulator responses honour openapi.yaml', () => {
  let sim: SimulatorHandle;
  let api: OpenAPIBackend;
  const checked = new Map<string, Set<number>>();

  beforeAll(async () => {
    // openapi-backend's own document check knows only OpenAPI 3.0 (quick mode skips it). The contract's
    // schemas use nothing beyond draft-07 (type lists included), so Ajv's public entry compiles them, with real format checks.
    api = new OpenAPIBackend({
      definition: loadContract(),
      quick: true,
      strict: true,
      customizeAjv: (_ajv, ajvOpts) => addFormats(new Ajv({ ...ajvOpts, strict: false, allErrors: true })),
    });
    await api.init();
    sim = await startSimulator({ users: 5, seed: 7 });
  });

  afterAll(async () => {
    await sim?.close();
  });

  /** Calls the simulator and validates status, body and headers against the contract's operation. */
  async function expectContract(method: 'GET' | 'POST', path: string, expectedStatus: number, request: VendorRequest = {}): Promise<VendorResponse> {
    const response = await vendorCall(sim, method, path, request);
    expect(response.status).toBe(expectedStatus);
    const operation = api.matchOperation({ method, path, headers: {}, query: {} }) as Operation;
    expect(operation).toBeDefined();
    expect(Object.keys(operation.responses ?? {})).toContain(String(response.status));
    const bodyResult = api.validateResponse(response.body, operation, response.status);
    expect(bodyResult.errors ?? []).toEqual([]);
    const headerResult = api.validateResponseHeaders(Object.fromEntries(response.headers), operation, {
      statusCode: response.status,
    });
    expect(headerResult.errors ?? []).toEqual([]);
    const key = `${method} ${path}`;
    checked.set(key, (checked.get(key) ?? new Set()).add(response.status));
    return response;
  }

  const coachId = 'c0ac0000-0000-4000-8000-000000000001';
  const newUserId = 'a1b2c3d4-0000-4000-8000-000000000042';
  const teamId = '7ea70000-0000-4000-8000-000000000001';
  const seeded = simulatedUserId(1);

  it('GET /', async () => {
    await expectContract('GET', '/', 200);
    await expectContract('GET', '/', 401, { token: null });
    await expectContract('GET', '/', 401, { token: 'wrong' });
  });

  it('POST /users and GET /users', async () => {
    const newUser = {
      first_name: 'Casey',
      last_name: 'Coach',
      email: 'casey.coach@example.test',
      role: 'coach',
      syned_user_id: coachId,
    };
    await expectContract('POST', '/users', 201, { body: newUser });
    await expectContract('POST', '/users', 409, { body: newUser });
    await expectContract('POST', '/users', 409, { body: { ...newUser, syned_user_id: newUserId } });
    await expectContract('POST', '/users', 422, { body: { ...newUser, role: 'admin', email: 'nope' } });
    await expectContract('POST', '/users', 401, { body: newUser, token: 'wrong' });
    await expectContract('GET', '/users', 200, { query: { syned_user_id: coachId } });
    await expectContract('GET', '/users', 200, { query: { syned_user_id: seeded } });
    await expectContract('GET', '/users', 404, { query: { syned_user_id: 'missing' } });
    await expectContract('GET', '/users', 401, { query: { syned_user_id: seeded }, token: null });
  });

  it('POST /auth/send_password_reset_email', async () => {
    await expectContract('POST', '/auth/send_password_reset_email', 200, { body: { syned_user_id: seeded } });
    await expectContract('POST', '/auth/send_password_reset_email', 404, { body: { syned_user_id: 'missing' } });
  });

  it('POST /teams, assignments and POST /teams/delete', async () => {
    const team = {
      syned_team_id: teamId,
      syned_coach_user_id: coachId,
      name: 'Packet Pirates',
      division: 'high_school',
      affiliation: 'Lakeside High',
    };
    await expectContract('POST', '/teams', 201, { body: team });
    await expectContract('POST', '/teams', 409, { body: team });
    await expectContract('POST', '/teams', 404, { body: { ...team, syned_team_id: 'other', syned_coach_user_id: seeded } });
    await expectContract('POST', '/teams', 422, { body: { ...team, division: 'kindergarten', name: '' } });

    await expectContract('POST', '/users/assign_team', 200, { body: { syned_user_id: seeded, syned_team_id: teamId } });
    await expectContract('POST', '/users/assign_team', 404, { body: { syned_user_id: seeded, syned_team_id: 'missing' } });
    await expectContract('GET', '/users/get_team_assignments', 201);
    await expectContract('GET', '/users/get_team_assignments', 201, { query: { syned_team_id: teamId } });
    await expectContract('GET', '/users/get_team_assignments', 404, { query: { syned_team_id: 'missing' } });

    await expectContract('POST', '/teams/delete', 409, { body: { syned_team_id: teamId } });
    await expectContract('POST', '/users/assign_team', 200, { body: { syned_user_id: seeded, syned_team_id: null } });
    await expectContract('POST', '/teams/delete', 200, { body: { syned_team_id: teamId } });
    await expectContract('POST', '/teams/delete', 404, { body: { syned_team_id: teamId } });
  });

  it('GET /scores/get_odl_scores', async () => {
    await sim.control.addSolves(seeded, 3);
    const all = await expectContract('GET', '/scores/get_odl_scores', 201, { query: { syned_user_id: seeded } });
    expect((all.body as { challenge_solves: unknown[] }).challenge_solves.length).toBeGreaterThanOrEqual(3);
    await expectContract('GET', '/scores/get_odl_scores', 201, {
      query: { syned_user_id: seeded, after_time_unix: (await sim.control.clock()).nowUnix - 60 },
    });
    await expectContract('GET', '/scores/get_odl_scores', 404, { query: { syned_user_id: 'missing' } });
  });

  it('GET /scores/get_flash_ctf_progress', async () => {
    await sim.control.addFlashEvent({ name: 'No id event' });
    await sim.control.addFlashEvent({ eventId: null, name: 'Null id event', endedAtUnix: null });
    const progress = await expectContract('GET', '/scores/get_flash_ctf_progress', 200, {
      query: { syned_user_id: seeded },
    });
    expect((progress.body as { flash_ctfs: unknown[] }).flash_ctfs.length).toBeGreaterThan(2);
    await expectContract('GET', '/scores/get_flash_ctf_progress', 404, { query: { syned_user_id: 'missing' } });
  });

  it('429 answers carry the Retry-After header the contract declares', async () => {
    await sim.control.setFaults({ rateLimit: { requestsPerSecond: 1, retryAfterSeconds: 2 } });
    try {
      await expectContract('GET', '/scores/get_odl_scores', 201, { query: { syned_user_id: seeded } });
      const limited = await expectContract('GET', '/scores/get_odl_scores', 429, { query: { syned_user_id: seeded } });
      expect(limited.headers.get('retry-after')).toBe('2');
    } finally {
      await sim.control.clearFaults();
    }
  });

  it('the validator itself rejects bodies that break the contract', () => {
    const odl = api.getOperation('GET /scores/get_odl_scores') as Operation;
    const badSolve = { syned_user_id: 'x', challenge_solves: [{ challenge_id: 'not-a-number', timestamp_unix: 1 }] };
    expect(api.validateResponse(badSolve, odl, 201).errors?.length).toBeGreaterThan(0);
    const flash = api.getOperation('GET /scores/get_flash_ctf_progress') as Operation;
    const badDate = { syned_user_id: 'x', flash_ctfs: [{ name: 'June', started_at: 'last saturday' }] };
    expect(api.validateResponse(badDate, flash, 200).errors?.length).toBeGreaterThan(0);
  });

  it('covered every path of the contract', () => {
    const contractOperations = api.getOperations().map((op) => op.operationId);
    expect([...checked.keys()].sort()).toEqual(contractOperations.sort());
  });
});
