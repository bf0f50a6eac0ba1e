import { IsInt, Max, Min } from 'class-validator';
import { ToNumber, validatedConfig } from '@app/common';

export class TeamsEnv {
  /**
   * Quiet period after the last edit of a team before its roster is pushed to the game platform: a
   * burst of edits becomes one sync. Kept well under the 60 s the platform must reflect a change in.
   */
  @ToNumber()
  @IsInt({ message: 'TEAM_SYNC_DEBOUNCE_MS must be a whole number of milliseconds' })
  @Min(0, { message: 'TEAM_SYNC_DEBOUNCE_MS must be 0 or more' })
  @Max(30_000, { message: 'TEAM_SYNC_DEBOUNCE_MS must be at most 30000 (the platform must reflect a change within 60 s)' })
  TEAM_SYNC_DEBOUNCE_MS = 2_000;
}

export const teamsConfig = validatedConfig('teams', TeamsEnv);
