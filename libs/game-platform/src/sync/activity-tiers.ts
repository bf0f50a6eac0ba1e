import { Prisma } from '@app/persistence';
import { SyncConfig } from './sync.config';

export type Tier = 'high' | 'medium' | 'low';
export const TIERS: readonly Tier[] = ['high', 'medium', 'low'];

/**
 * A competitor is due once this share of its tier interval has passed since its last attempt, so a
 * scheduler firing a few seconds early does not push everyone of a tier to the run after.
 */
export const DUE_SHARE = 0.95;

export interface TierPolicy {
  intervalSeconds: Record<Tier, number>;
  activityDays: number;
  highMinSolves: number;
  highAccessDays: number;
  mediumAccessDays: number;
}

/** With GAME_PLATFORM_PRIORITIZATION_ENABLED=false every tier gets the high tier's interval: tiers are still recorded, not used. */
export function tierPolicy(config: SyncConfig): TierPolicy {
  const high = config.GAME_PLATFORM_TIER_HIGH_INTERVAL_MINUTES * 60;
  const tiered = config.GAME_PLATFORM_PRIORITIZATION_ENABLED;
  return {
    intervalSeconds: {
      high,
      medium: tiered ? config.GAME_PLATFORM_TIER_MEDIUM_INTERVAL_MINUTES * 60 : high,
      low: tiered ? config.GAME_PLATFORM_TIER_LOW_INTERVAL_MINUTES * 60 : high,
    },
    activityDays: config.GAME_PLATFORM_TIER_ACTIVITY_DAYS,
    highMinSolves: config.GAME_PLATFORM_TIER_HIGH_MIN_SOLVES,
    highAccessDays: config.GAME_PLATFORM_TIER_HIGH_ACCESS_DAYS,
    mediumAccessDays: config.GAME_PLATFORM_TIER_MEDIUM_ACCESS_DAYS,
  };
}

/** SQL interval of the tier of sync state alias `s` (never-synced competitors count as high). */
export function tierIntervalSql(policy: TierPolicy): Prisma.Sql {
  const { high, medium, low } = policy.intervalSeconds;
  return Prisma.sql`(CASE COALESCE(s.activity_tier::text, 'high') WHEN 'high' THEN ${high}::int WHEN 'medium' THEN ${medium}::int ELSE ${low}::int END * interval '1 second')`;
}

/**
 * Re-tiers the given competitors from what is stored: platform access time, solves in the look-back
 * window and Flash CTF participation (an event they scored in, started within the window).
 */
export function retierSql(synedUserIds: string[], policy: TierPolicy): Prisma.Sql {
  const days = policy.activityDays;
  return Prisma.sql`
    UPDATE game_platform_sync_state s
    SET activity_tier = (CASE
          WHEN a.recent >= ${policy.highMinSolves}
            OR a.flash
            OR s.last_remote_accessed_at >= now() - ${policy.highAccessDays}::int * interval '1 day' THEN 'high'
          WHEN a.recent >= 1
            OR s.last_remote_accessed_at >= now() - ${policy.mediumAccessDays}::int * interval '1 day' THEN 'medium'
          ELSE 'low' END)::sync_tier
    FROM (
      SELECT u.id,
        (SELECT count(*) FROM game_platform_challenge_solves cs
          WHERE cs.syned_user_id = u.id AND cs.solved_at >= now() - ${days}::int * interval '1 day') AS recent,
        EXISTS (SELECT 1 FROM game_platform_flash_ctf_events fe
          WHERE fe.syned_user_id = u.id AND fe.challenges_solved > 0
            AND fe.started_at >= now() - ${days}::int * interval '1 day') AS flash
      FROM unnest(${synedUserIds}::uuid[]) AS u(id)
    ) a
    WHERE s.syned_user_id = a.id`;
}
