import { GamePlatformClient } from '@app/game-platform';
import { simulatedUserId } from '../../apps/game-platform-sim/src';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

interface Report {
  dryRun: boolean;
  counts: Record<string, number>;
  rows: { row: number; outcome: string; id?: string; platformId?: string; errors?: string[] }[];
}

describe('import of existing coaches, competitors and teams with their platform ids', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let adminToken: string;
  let coachToken: string;
  const claims = async (state: string) =>
    (await h.request(adminToken, 'GET', `/admin/import/claims?state=${state}`)).body as { entity: string; localId: string; error: string | null }[];
  const csv = (kind: string, text: string, dryRun = false) =>
    h.api.inject({
      method: 'POST',
      url: `/admin/import/${kind}?dryRun=${dryRun}`,
      payload: text,
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'text/csv' },
    });

  beforeAll(async () => {
    h = await testStack('import', { simulator: { users: 4, seed: 3 }, api: true, worker: true });
    adminToken = (await h.caller('admin', 'admin-1')).token;
    coachToken = (await h.caller('coach', '00000000-0000-4000-8000-000000000001')).token;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('a dry run reports per row and writes nothing; the real import is idempotent by email', async () => {
    const body = { rows: [{ email: 'Grace@Example.test', firstName: 'Grace', lastName: 'Hopper' }] };
    const dry = await h.request(adminToken, 'POST', '/admin/import/coaches?dryRun=true', body);
    expect(dry.statusCode).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, counts: { created: 1 }, rows: [{ row: 1, outcome: 'created' }] });
    expect(await h.prisma.coach.count()).toBe(0);

    expect((await h.request(adminToken, 'POST', '/admin/import/coaches', body)).body).toMatchObject({ counts: { created: 1 } });
    expect((await h.request(adminToken, 'POST', '/admin/import/coaches', body)).body).toMatchObject({ counts: { created: 0, unchanged: 1 } });
    expect(await h.prisma.coach.findUnique({ where: { email: 'grace@example.test' } })).toMatchObject({ firstName: 'Grace', gamePlatformId: null });
    expect(await h.prisma.auditLog.count({ where: { action: 'admin.import' } })).toBe(2);
  });

  it('imports competitors from CSV; each platform id is verified against the vendor before it is written', async () => {
    const known = (await h.sim.control.user(simulatedUserId(0))) as { email: string };
    const text = [
      'email,firstName,lastName,coachEmail,gamePlatformId,division',
      `${known.email},Known,"User, Zero",grace@example.test,${simulatedUserId(0)},high_school`,
      `someone.else@example.test,Wrong,Email,grace@example.test,${simulatedUserId(1)},college`,
      'not-an-email,Bad,Row,grace@example.test,,',
      'orphan@example.test,No,Coach,nobody@example.test,,',
    ].join('\n');
    const response = await csv('competitors', text);
    expect(response.statusCode).toBe(200);
    const report = response.json<Report>();
    expect(report.counts).toEqual({ created: 2, updated: 0, unchanged: 0, error: 2 });
    expect(report.rows[0]).toMatchObject({ outcome: 'created', platformId: 'pending_verification' });
    expect(report.rows[2]).toMatchObject({ outcome: 'error', errors: ['email must be an email address'] });
    expect(report.rows[3].errors![0]).toContain('no coach with email nobody@example.test');

    const linked = await waitFor(
      async () => {
        const competitor = await h.prisma.competitor.findUnique({ where: { id: report.rows[0].id } });
        return competitor?.gamePlatformId && competitor;
      },
      { description: 'the imported competitor claim to be linked' },
    );
    expect(linked).toMatchObject({ gamePlatformId: simulatedUserId(0), status: 'complete', lastName: 'User, Zero' });
    const rejected = await waitFor(async () => (await claims('rejected')).find((claim) => claim.localId === report.rows[1].id), {
      description: 'the second competitor claim to be rejected',
    });
    expect(rejected.error).toContain(`has the email ${((await h.sim.control.user(simulatedUserId(1))) as { email: string }).email}`);
    expect((await h.prisma.competitor.findUnique({ where: { id: report.rows[1].id } }))!.gamePlatformId).toBeNull();

    // Again: nothing changes, no claim is made twice.
    const again = (await csv('competitors', text)).json<Report>();
    expect(again.counts).toMatchObject({ created: 0, unchanged: 2, updated: 0, error: 2 });
    expect(again.rows[0]).toMatchObject({ outcome: 'unchanged', platformId: 'linked' });
    expect(again.rows[1]).toMatchObject({ outcome: 'unchanged', platformId: 'rejected', errors: [expect.stringContaining('has the email')] });
    expect(await h.prisma.platformIdClaim.count()).toBe(2);
  });

  it('imports teams by coach and name and verifies their platform ids with get_team_assignments', async () => {
    // A team that exists on the platform (created there by someone else), and one that does not.
    const synedTeamId = '7e7e7e7e-0000-4000-8000-000000000001';
    const vendor = h.worker.get(GamePlatformClient, { strict: false });
    const coachOnPlatform = 'c0c0c0c0-0000-4000-8000-000000000001';
    await vendor.createUser({ syned_user_id: coachOnPlatform, first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.test', role: 'coach' });
    await vendor.createTeam({
      syned_team_id: synedTeamId,
      syned_coach_user_id: coachOnPlatform,
      name: 'Existing Team',
      division: 'high_school',
      affiliation: 'Navy High',
    });
    const rows = [
      { name: 'Existing Team', coachEmail: 'grace@example.test', division: 'high_school', affiliation: 'Navy High', gamePlatformId: synedTeamId },
      {
        name: 'Imaginary Team',
        coachEmail: 'grace@example.test',
        division: 'college',
        affiliation: 'Nowhere',
        gamePlatformId: '7e7e7e7e-0000-4000-8000-000000000002',
      },
    ];
    const report = (await h.request(adminToken, 'POST', '/admin/import/teams', { rows })).body as Report;
    expect(report.rows.map((row) => [row.outcome, row.platformId])).toEqual([
      ['created', 'pending_verification'],
      ['created', 'pending_verification'],
    ]);
    await waitFor(async () => (await h.prisma.team.findUnique({ where: { id: report.rows[0].id } }))?.gamePlatformId === synedTeamId, {
      description: 'the imported team to be linked',
    });
    const rejected = await waitFor(async () => (await claims('rejected')).find((claim) => claim.localId === report.rows[1].id), {
      description: 'the second team claim to be rejected',
    });
    expect(rejected.error).toContain('the platform has no team');
  });

  it('refuses bodies that are neither rows nor CSV, unknown kinds, and non-admins', async () => {
    expect((await h.request(adminToken, 'POST', '/admin/import/coaches', { nope: true })).statusCode).toBe(400);
    expect((await h.request(adminToken, 'POST', '/admin/import/schools', { rows: [] })).statusCode).toBe(400);
    expect((await h.request(coachToken, 'POST', '/admin/import/coaches', { rows: [] })).statusCode).toBe(403);
  });
});
