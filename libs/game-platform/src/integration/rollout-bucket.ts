import { createHash } from 'node:crypto';

/** A coach's stable position 0..99 for one flag: the same coach stays in or out as the percentage grows. */
export function rolloutBucket(flagName: string, coachId: string): number {
  return createHash('sha256').update(`${flagName}:${coachId.toLowerCase()}`).digest().readUInt32BE(0) % 100;
}

export interface RolloutRule {
  enabled: boolean;
  rolloutPercentage: number;
  pilotCoachIds: readonly string[];
}

export type RolloutDecision = 'disabled' | 'pilot' | 'in_rollout' | 'outside_rollout';

/** The feature flag row (feature_flags.name) holding the per-coach rollout of the integration, and its defaults. */
export const GAME_PLATFORM_ROLLOUT_FLAG = 'game_platform_integration';
export const GAME_PLATFORM_ROLLOUT_DEFAULTS: RolloutRule = { enabled: true, rolloutPercentage: 100, pilotCoachIds: [] };

/** Pilot coaches are always in while the flag is enabled; others are in when their bucket is below the percentage. */
export function decideRollout(flagName: string, rule: RolloutRule, coachId: string): RolloutDecision {
  if (!rule.enabled) return 'disabled';
  if (rule.pilotCoachIds.some((id) => id.toLowerCase() === coachId.toLowerCase())) return 'pilot';
  return rolloutBucket(flagName, coachId) < rule.rolloutPercentage ? 'in_rollout' : 'outside_rollout';
}
