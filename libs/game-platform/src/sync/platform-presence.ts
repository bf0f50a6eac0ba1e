import { Prisma } from '@app/persistence';
import { tierIntervalSql, TierPolicy } from './activity-tiers';

/**
 * Vendor reads in a row answering 404 after which a competitor is "missing on the platform" (its
 * account is gone). At least 2: a single 404 is never "repeated".
 */
export const MISSING_AFTER_NOT_FOUND = 3;

/** Longest wait between two retries of a competitor missing on the platform. */
const MISSING_RETRY_MAX_SECONDS = 24 * 60 * 60;

/**
 * How long after its last attempt a competitor (sync state alias `s`) is due again: its tier's
 * interval, or, once missing on the platform, that interval doubled per further 404 up to a day.
 */
export function syncIntervalSql(policy: TierPolicy): Prisma.Sql {
  const tier = tierIntervalSql(policy);
  return Prisma.sql`(CASE WHEN s.missing_since IS NULL THEN ${tier}
    ELSE LEAST(${tier} * power(2, LEAST(s.not_found_count - ${MISSING_AFTER_NOT_FOUND}::int + 1, 16)),
      ${MISSING_RETRY_MAX_SECONDS}::int * interval '1 second') END)`;
}

/**
 * ON CONFLICT assignments of a read that failed (sync state alias `s`, the new row's
 * `not_found_count` 1 for a 404 and 0 otherwise): a 404 extends the run of 404s and, once it is
 * long enough, marks the account missing; any other failure leaves both as they were.
 */
export const NOT_FOUND_ON_CONFLICT_SQL = Prisma.sql`
  not_found_count = s.not_found_count + EXCLUDED.not_found_count,
  missing_since = CASE WHEN EXCLUDED.not_found_count > 0 AND s.not_found_count + 1 >= ${MISSING_AFTER_NOT_FOUND}::int
    THEN COALESCE(s.missing_since, now()) ELSE s.missing_since END`;

/** Sync state `s` of a competitor the Flash CTF sentinel check may read: its last reads did not answer 404. */
export const SENTINEL_ELIGIBLE_SQL = Prisma.sql`COALESCE(s.not_found_count, 0) = 0 AND s.missing_since IS NULL`;

/**
 * After re-onboarding a competitor whose account was missing: no longer missing, and due at once
 * for a full read (its Flash CTF progress included). Solves and cursors stay.
 */
export function relinkedSql(synedUserId: string): Prisma.Sql {
  return Prisma.sql`
    UPDATE game_platform_sync_state SET not_found_count = 0, missing_since = NULL, last_attempt_at = NULL,
      last_flash_ctf_synced_at = NULL, last_result = NULL, error_message = NULL, updated_at = now()
    WHERE syned_user_id = ${synedUserId}::uuid`;
}
