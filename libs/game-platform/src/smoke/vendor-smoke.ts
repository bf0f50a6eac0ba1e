import { GamePlatformClient, isGamePlatformError } from '../client';

export interface SmokeCheck {
  name: string;
  ok: boolean;
  detail: string;
}

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Read-only checks of a vendor base URL and token: what an operator runs to prove a new production
 * token before switching it on. Nothing is written to the platform.
 */
export async function runVendorSmoke(client: GamePlatformClient, knownUserId: string): Promise<SmokeCheck[]> {
  const checks: SmokeCheck[] = [];
  const check = async (name: string, read: () => Promise<string>) => {
    try {
      checks.push({ name, ok: true, detail: await read() });
    } catch (error) {
      checks.push({ name, ok: false, detail: describe(error) });
    }
  };
  await check('status', async () => `answered ${JSON.stringify(await client.ping())}`);
  let teamId: string | null = null;
  await check('getUser', async () => {
    const user = await client.getUser(knownUserId);
    teamId = user.syned_team_id ?? null;
    return `${user.syned_user_id} is ${user.metactf_username} (status ${user.metactf_user_status})`;
  });
  await check('get_team_assignments', async () => {
    const { assignments } = await client.getTeamAssignments(teamId ? { synedTeamId: teamId } : {});
    return `${assignments.length} assignment(s)${teamId ? ` on team ${teamId}` : ''}`;
  });
  await check('get_odl_scores', async () => {
    const scores = await client.getOdlScores({ synedUserId: knownUserId, afterTimeUnix: Math.floor(Date.now() / 1000) - 30 * DAY_SECONDS });
    return `${scores.challenge_solves.length} solve(s) in the last 30 days`;
  });
  return checks;
}

function describe(error: unknown): string {
  if (isGamePlatformError(error)) {
    const hint =
      error.status === 401 || error.status === 403
        ? ': the token is refused (revoked or wrong)'
        : error.status === 404
          ? ': unknown id, or a wrong base URL'
          : '';
    return `${error.code} (HTTP ${error.status ?? 'no answer'})${hint}: ${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}
