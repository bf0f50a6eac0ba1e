// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.

export interface paths {
    "/admin/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active alerts (evaluated now) with severity, since and a remediation hint */
        get: operations["listAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs that exhausted their attempts (open ones by default), newest first */
        get: operations["listDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/dead-letters/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Purge one dead letter (and its failed queue entry) */
        delete: operations["purgeDeadLetter"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/dead-letters/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enqueue the job again with fresh attempts */
        post: operations["replayDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/dead-letters/purge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete every dead letter matching all given criteria, with their failed queue entries */
        post: operations["purgeDeadLetters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/import/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import existing coaches, competitors or teams, with their platform ids (JSON or CSV, dry run, per-row report)
         * @description Idempotent: rows match by email (coaches, competitors) or coach and name (teams). A gamePlatformId is verified by a job (getUser / get_team_assignments) before it is written; GET /admin/import/claims lists the outcome.
         */
        post: operations["import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/import/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Imported platform ids and their verification: pending, verified (written to the entity) or rejected (with the reason); newest 1000 */
        get: operations["claims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jobs by queue, state and type (newest first), with failure reason, attempts, timestamps and redacted payload */
        get: operations["listJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/{queue}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One job with its stack traces */
        get: operations["getJob"];
        put?: never;
        post?: never;
        /** Discard one job that is not running */
        delete: operations["discardJob"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/{queue}/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry one failed job (same operation as Bull Board) */
        post: operations["retryJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry every failed job matching all given criteria (queue, type, since, coachId) */
        post: operations["retryFailedJobs"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/processing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which queues are paused */
        get: operations["getProcessing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/processing/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a queue (or all) across every worker: no new job starts, running ones finish */
        post: operations["pauseProcessing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/processing/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a queue (or all) */
        post: operations["resumeProcessing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/queues/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a Bull Board session: JSON/bearer callers get 201 and the cookie, the sign-in form is redirected to the board */
        post: operations["openBullBoardSession"];
        /** Close the Bull Board session: it is deleted on the server and the cookie cleared */
        delete: operations["closeBullBoardSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recurring schedules: pattern, enabled, next run, last run, and whether the workers applied the setting */
        get: operations["list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/schedules/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a schedule's pattern, or enable / disable it (audited)
         * @description Stored in PostgreSQL; every worker replica applies it within SCHEDULE_RECONCILE_INTERVAL_MS, without a restart.
         */
        patch: operations["update"];
        trace?: never;
    };
    "/admin/sync/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent per-competitor sync errors with competitor names */
        get: operations["listSyncErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sync/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Last runs, run success rate over 24 h and 7 d, pending competitors, recent errors, freshness lag per tier */
        get: operations["getSyncOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sync/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Competitors not yet on the platform (complete without platform id, compliance waiting, onboarding failed) */
        get: operations["getPendingSync"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/sync/success-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Run success rate and per-competitor last results within the window */
        get: operations["getSyncSuccessRate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List coaches (admin) */
        get: operations["listCoaches"];
        put?: never;
        /** Register a coach (admin); the id is the coach user id in JWTs */
        post: operations["createCoach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One coach (admin) */
        get: operations["getCoach"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/coaches/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The calling coach's own record */
        get: operations["getCurrentCoach"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/competitors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List competitors with filters, sort and page+size pagination (coaches: their own) */
        get: operations["listCompetitors"];
        put?: never;
        /** Create a competitor; status is computed from the data */
        post: operations["createCompetitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/competitors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One competitor with their game platform fields */
        get: operations["getCompetitor"];
        put?: never;
        post?: never;
        /** Delete a competitor (not while on a team); a Game Platform account stays */
        delete: operations["deleteCompetitor"];
        options?: never;
        head?: never;
        /** Update profile fields (null clears a field); status is recomputed */
        patch: operations["updateCompetitor"];
        trace?: never;
    };
    "/competitors/{id}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm compliance (the step before onboarding); idempotent */
        post: operations["confirmCompliance"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/competitors/{id}/game-platform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Onboarding state: not_started | pending | synced | error, with an actionable message */
        get: operations["getOnboardingState"];
        put?: never;
        /** Add to Game Platform: enqueue the onboarding job (same job while one is pending) */
        post: operations["onboardCompetitor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/competitors/{id}/game-platform/error": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Clear the onboarding error message */
        delete: operations["clearOnboardingError"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/competitors/{id}/game-platform/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Have the Game Platform email the competitor a password reset link */
        post: operations["sendPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/competitors/{id}/game-platform/relink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-onboard a competitor whose Game Platform account is missing (repeated 404s): the account is created again under its platform id; stored solves are kept */
        post: operations["relinkCompetitorAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/competitors/{id}/game-platform/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry a failed onboarding */
        post: operations["retryOnboarding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/competitors/{id}/game-platform/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync this competitor now: read their scores and Flash CTF progress from the platform at once
         * @description A coach for their own competitors (rate-limited), an admin for anyone. The result shows in gamePlatform.scoreSync of GET /competitors/{id}.
         */
        post: operations["syncNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/competitors/game-platform/retry-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-enqueue failed onboardings: of one coach (coachId) or all: true (a coach: all of their own) */
        post: operations["retryFailedOnboardings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/access-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Access & Alerts: onboarding and score-sync problems, inactive logins and pending memberships, each with what to do */
        get: operations["getAccessAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activity log: the events behind the timeline plus sync runs and sync errors, newest first, cursor-paginated */
        get: operations["listActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/competitors/{id}/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A competitor's solves and points per challenge category in the range */
        get: operations["getCompetitorCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/competitors/{id}/solves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A competitor's solves: category filter, date range, sort by date or points, cursor pages */
        get: operations["listCompetitorSolves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/competitors/{id}/solves.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A competitor's solves of the range, category and sort as CSV (streamed) */
        get: operations["exportCompetitorSolvesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/flash-ctf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly CTF chart: Flash CTF results per event, per competitor, team or coach, as pace or absolute score */
        get: operations["getFlashCtfChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leaderboard "Challenges Done": rank, search, sort and cursor pages */
        get: operations["getDashboardLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/leaderboard.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The whole leaderboard of the filters, search and sort as CSV (streamed) */
        get: operations["exportDashboardLeaderboardCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The five KPI cards: value, previous period, delta and a daily sparkline each (admins and coaches) */
        get: operations["getDashboardOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams matrix: members, onboarded members, average score, challenges (all time and in range), last sync and remote state per team */
        get: operations["getTeamsMatrix"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Team drawer: each member with score, challenges, last activity and membership badge */
        get: operations["getTeamDrawer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/dashboard/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Activity timeline: registrations, onboardings, team edits, solves, streaks and Flash CTF participation per day or week */
        get: operations["getActivityTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feature-flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every feature flag with its current settings (defaults until first saved) */
        get: operations["listFeatureFlags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feature-flags/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One feature flag */
        get: operations["getFeatureFlag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a feature flag: kill switch, rollout percentage, pilot coaches (next request, no restart; audited) */
        patch: operations["updateFeatureFlag"];
        trace?: never;
    };
    "/feature-flags/game_platform_integration/coaches/{coachId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether one coach is inside the game platform rollout now, and why */
        get: operations["getGamePlatformAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness probe: the process answers (no dependency is checked) */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness probe: PostgreSQL and Redis answer */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/internal/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enqueue a sync run (default) or a totals sweep */
        post: operations["triggerInternalSync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I and what may I do: role, coach profile and game platform availability */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scores/competitors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Totals, sync status, recent solves and Flash CTF results of one competitor */
        get: operations["getCompetitorScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scores/leaderboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Competitors ranked by total score (from the latest totals sweep) */
        get: operations["getLeaderboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/freshness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per activity tier: competitors, due now, failing, lag since the last successful sync */
        get: operations["getSyncFreshness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent sync runs with telemetry: batch cursor, counts, vendor calls, duration, errors, roster drift */
        get: operations["listSyncRuns"];
        put?: never;
        /** Enqueue an incremental sync run (next rotation batch, or every competitor of one coach) */
        post: operations["triggerSyncRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sync/totals-sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enqueue a totals sweep of competitors flagged for a refresh */
        post: operations["triggerTotalsSweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List teams (coaches: their own), sorted by name, paginated */
        get: operations["listTeams"];
        put?: never;
        /** Create a team; it is created on the game platform by a background sync */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A team with its members and their game platform badges (synced | pending | error) */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete an empty team
         * @description Deleted locally at once, even while the integration is off for the coach; a background job deletes it on the game platform (parked until the integration is available again). A failed remote delete is kept as a failed job for administrators and does not undo the local delete.
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Change name, division or affiliation
         * @description The game platform cannot update a team: once it exists there, changes stay local and the team reports them as not propagated.
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/teams/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a competitor on the team (moving them off any other team); returns the team */
        post: operations["addTeamMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/members/{competitorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a competitor off the team; returns the team */
        delete: operations["removeTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/{id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Push the team and its roster to the game platform now */
        post: operations["syncTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessAlertsDto: {
            /** @description The filter the answer is for, after defaults and coach scoping */
            filter: components["schemas"]["DashboardRangeDto"];
            /** @description The inactivity threshold applied, in days */
            inactiveDays: number;
            /** @description Onboarded competitors with no platform access for inactiveDays, or never */
            inactiveLogins: components["schemas"]["InactiveLoginListDto"];
            /**
             * Format: date-time
             * @description When the data shown was last synced from the platform; null before the first sync
             */
            lastUpdated: string | null;
            /** @description Competitors whose Game Platform onboarding failed */
            onboardingProblems: components["schemas"]["CompetitorProblemListDto"];
            /** @description Team memberships not (yet) on the platform */
            pendingMemberships: components["schemas"]["PendingMembershipListDto"];
            /** @description Competitors whose last score sync failed */
            scoreSyncProblems: components["schemas"]["CompetitorProblemListDto"];
            /** @description ready, or which empty state to show */
            state: components["schemas"]["DashboardState"];
        };
        ActivityEventDto: {
            /** Format: date-time */
            at: string;
            /** @description The competitor it concerns */
            competitor: components["schemas"]["ActivityRefDto"] | null;
            /**
             * @description Stable id of the event (kind-prefixed)
             * @example registered:5d1c1a4e-3b7f-4d9a-9a43-1c2f1f0e8a11
             */
            id: string;
            kind: components["schemas"]["ActivityKind"];
            /** @description What happened, for people (failures: what to do) */
            message: string;
            /** @description The team it concerns */
            team: components["schemas"]["ActivityRefDto"] | null;
        };
        /** @enum {string} */
        ActivityKind: "competitor_registered" | "competitor_onboarded" | "onboarding_failed" | "team_edited" | "score_sync_failed" | "sync_run";
        ActivityLogDto: {
            /** @description The filter the answer is for, after defaults and coach scoping */
            filter: components["schemas"]["DashboardRangeDto"];
            /** @description Newest first */
            items: components["schemas"]["ActivityEventDto"][];
            /**
             * Format: date-time
             * @description When the data shown was last synced from the platform; null before the first sync
             */
            lastUpdated: string | null;
            /** @description Pass as `cursor` for the next page; null on the last page */
            nextCursor: string | null;
            /** @description ready, or which empty state to show */
            state: components["schemas"]["DashboardState"];
        };
        ActivityRefDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        AddMemberDto: {
            /**
             * Format: uuid
             * @description Competitor to put on the team; one on another team is moved here
             */
            competitorId: string;
        };
        AlertView: {
            active: boolean;
            /** @enum {string} */
            key: "sync_failure_rate" | "no_successful_sync" | "consecutive_failed_runs" | "long_running_job" | "vendor_5xx_rate" | "onboarding_failures_waiting" | "roster_drift" | "flash_sentinel_failing" | "flash_progress_unread" | "competitor_sync_failure_rate" | "vendor_auth_rejected" | "vendor_4xx_rate" | "freshness_sla_breached" | "dead_letters_open" | "database_unreachable";
            message: string;
            /** @description What to do about it */
            remediation: string;
            /**
             * @description Section of the operations runbook for this alert
             * @example docs/runbook.md#alert-vendor_auth_rejected
             */
            runbook: string;
            /** @enum {string} */
            severity: "critical" | "warning";
            /**
             * Format: date-time
             * @description When the condition was first seen active (cleared when it stops)
             */
            since: string | null;
            /** @description Configured threshold */
            threshold: number;
            /** @description Measured value */
            value: number;
        };
        BulkRetryBody: {
            /** @description Act on everything: required when none of queue, type, coachId, since is given, refused with them */
            all?: boolean;
            /** @description Only jobs of this coach: the coach itself, its competitors or its teams */
            coachId?: string;
            /**
             * @description All queues when omitted
             * @enum {string}
             */
            queue?: "competitors" | "teams" | "sync" | "maintenance";
            /**
             * Format: date-time
             * @description Only jobs that failed at or after this instant (ISO 8601)
             */
            since?: string;
            /**
             * @description All job types when omitted
             * @enum {string}
             */
            type?: "competitor_onboard" | "competitor_password_reset" | "team_sync" | "team_remote_delete" | "game_platform_sync" | "game_platform_totals_sweep" | "maintenance_cleanup" | "rollout_catch_up" | "competitor_score_sync" | "import_verify_platform_id";
        };
        CategoryBreakdownDto: {
            /** @description Most solves first, then category name */
            categories: components["schemas"]["CategoryBreakdownRowDto"][];
            competitor: components["schemas"]["CompetitorRefDto"];
            /** @description Set when there is nothing to show, and why */
            empty: components["schemas"]["EmptyStateDto"] | null;
            /**
             * Format: date-time
             * @description When the data shown was last synced; null before the first sync
             */
            lastUpdated: string | null;
            /** @description Solves within from..to, all categories */
            totalSolves: number;
        };
        CategoryBreakdownRowDto: {
            /** @description null: solves the platform sent without a category */
            category: string | null;
            /** Format: date-time */
            lastSolvedAt: string;
            points: number;
            /** @description Share of the range's solves, 0..1 (4 decimals) */
            share: number;
            solves: number;
        };
        CoachPage: {
            items: components["schemas"]["CoachView"][];
            /**
             * Format: uuid
             * @description Pass as cursor for the next page (keyset); null on the last page
             */
            nextCursor: string | null;
            page: number;
            pageSize: number;
            total: number;
        };
        CoachView: {
            /** Format: date-time */
            createdAt: string;
            email: string;
            firstName: string;
            /**
             * Format: uuid
             * @description Set once the coach exists on the Game Platform
             */
            gamePlatformId: string | null;
            /** Format: date-time */
            gamePlatformSyncedAt: string | null;
            gamePlatformSyncError: string | null;
            /** Format: uuid */
            id: string;
            lastName: string;
            regionId: string | null;
            schoolId: string | null;
        };
        CompetitorGamePlatformFields: {
            /**
             * @description missing_on_platform: the platform answered 404 to repeated reads (the account is gone); stored solves are kept; an admin re-links it with POST /competitors/{id}/game-platform/relink
             * @enum {string}
             */
            accountState: "not_linked" | "linked" | "missing_on_platform";
            /**
             * Format: uuid
             * @description Remote syned_user_id; set exactly when status is complete
             */
            id: string | null;
            metactfUserId: number | null;
            /**
             * Format: date-time
             * @description Since when the platform account is missing
             */
            missingSince: string | null;
            scoreSync: components["schemas"]["CompetitorScoreSyncFields"];
            /**
             * Format: date-time
             * @description When onboarding last changed the platform account (not the score sync: see scoreSync)
             */
            syncedAt: string | null;
            /** @description Actionable message of the last failed game platform action */
            syncError: string | null;
            username: string | null;
            userStatus: string | null;
        };
        CompetitorPage: {
            items: components["schemas"]["CompetitorView"][];
            /**
             * Format: uuid
             * @description Pass as cursor for the next page (keyset); null on the last page
             */
            nextCursor: string | null;
            page: number;
            pageSize: number;
            /** @description Matching competitors across all pages */
            total: number;
        };
        CompetitorProblemDto: {
            /** Format: uuid */
            coachId: string;
            /** Format: uuid */
            competitorId: string;
            firstName: string;
            lastName: string;
            /** @description What went wrong and what to do, for a coach */
            message: string;
            /**
             * Format: date-time
             * @description When it last failed
             */
            since: string | null;
        };
        CompetitorProblemListDto: {
            items: components["schemas"]["CompetitorProblemDto"][];
            total: number;
        };
        CompetitorRefDto: {
            firstName: string;
            /** Format: uuid */
            id: string;
            lastName: string;
            username: string | null;
        };
        CompetitorResultView: {
            count: number;
            /** @description Share of competitors attempted in the window, one decimal */
            percentage: number;
            /**
             * @description Outcome of the last attempt
             * @enum {string|null}
             */
            result: "success" | "failure" | null;
        };
        CompetitorScoresView: {
            /** @enum {string|null} */
            division: "middle_school" | "high_school" | "college" | null;
            firstName: string;
            /** @description Flash CTF events with at least one solve, newest first */
            flashCtf: components["schemas"]["FlashCtfResultView"][];
            /**
             * Format: uuid
             * @description syned_user_id once on the platform
             */
            gamePlatformId: string | null;
            /** Format: uuid */
            id: string;
            lastName: string;
            /** @description The 20 latest solves, newest first */
            recentSolves: components["schemas"]["SolveView"][];
            /** @description Null until the first totals sweep */
            stats: components["schemas"]["CompetitorStatsView"] | null;
            /** @description Null until the first sync */
            sync: components["schemas"]["CompetitorSyncStateView"] | null;
        };
        CompetitorScoreSyncFields: {
            /**
             * Format: date-time
             * @description When the last score sync of this competitor ran
             */
            lastAttemptAt: string | null;
            /** @description Why the last score sync failed */
            message: string | null;
            /** @description Result of the last score sync; never: on the platform, not synced yet */
            state: components["schemas"]["CompetitorScoreSyncState"];
        };
        /**
         * @description Result of the last score sync; never: on the platform, not synced yet
         * @enum {string}
         */
        CompetitorScoreSyncState: "not_on_platform" | "never" | "success" | "failure";
        CompetitorSolvesDto: {
            competitor: components["schemas"]["CompetitorRefDto"];
            /** @description Set when there is nothing to show, and why */
            empty: components["schemas"]["EmptyStateDto"] | null;
            items: components["schemas"]["SolveRowDto"][];
            /**
             * Format: date-time
             * @description When the data shown was last synced; null before the first sync
             */
            lastUpdated: string | null;
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        CompetitorStatsView: {
            challengesCompleted: number;
            /** Format: date-time */
            lastAccessedAt: string | null;
            monthlyCtfChallenges: number;
            /**
             * Format: date-time
             * @description When the totals sweep last refreshed these figures
             */
            refreshedAt: string;
            totalScore: number;
        };
        CompetitorSyncStateView: {
            activityTier: components["schemas"]["SyncTier"];
            errorMessage: string | null;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** Format: date-time */
            lastRemoteAccessedAt: string | null;
            /** @enum {string|null} */
            lastResult: "success" | "failure" | null;
            needsTotalsRefresh: boolean;
        };
        CompetitorView: {
            /** Format: uuid */
            coachId: string;
            /** Format: date-time */
            complianceConfirmedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string|null} */
            division: "middle_school" | "high_school" | "college" | null;
            email: string | null;
            firstName: string;
            gamePlatform: components["schemas"]["CompetitorGamePlatformFields"];
            grade: string | null;
            /** Format: uuid */
            id: string;
            lastName: string;
            regionId: string | null;
            schoolId: string | null;
            /**
             * @description Computed from the data: pending -> profile -> compliance -> complete
             * @enum {string}
             */
            status: "pending" | "profile" | "compliance" | "complete";
            /** Format: uuid */
            teamId: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        CreateCoachDto: {
            /** @example coach@school.example.org */
            email: string;
            /** @example Grace */
            firstName: string;
            /**
             * Format: uuid
             * @description The coach's user id at the identity provider (the JWT `sub`); generated when omitted
             */
            id?: string;
            /** @example Hopper */
            lastName: string;
            regionId?: string;
            schoolId?: string;
        };
        CreateCompetitorDto: {
            /**
             * Format: uuid
             * @description Admins only: the owning coach. Coaches always own what they create.
             */
            coachId?: string;
            /** @enum {string|null} */
            division?: "middle_school" | "high_school" | "college" | null;
            /**
             * @description Unique across the organisation; stored lower-case
             * @example ada@student.example.org
             */
            email?: string | null;
            /** @example Ada */
            firstName: string;
            /** @example 10 */
            grade?: string | null;
            /** @example Lovelace */
            lastName: string;
            /** @example region-7 */
            regionId?: string | null;
            /** @example school-042 */
            schoolId?: string | null;
        };
        CreateTeamDto: {
            /**
             * @description School or club the team represents
             * @example Lincoln High School
             */
            affiliation: string;
            /**
             * Format: uuid
             * @description Owner of the team. Required for administrators; coaches create teams for themselves (omit it or pass their own id).
             */
            coachId?: string;
            division: components["schemas"]["Division"];
            /** @example Cyber Falcons */
            name: string;
        };
        /** @enum {string} */
        DashboardEmptyReason: "no_competitors" | "not_on_platform" | "sync_pending" | "no_solves" | "no_matches";
        DashboardOverviewDto: {
            /** @description The filter the answer is for, after defaults and coach scoping */
            filter: components["schemas"]["DashboardRangeDto"];
            /** @description The five KPI cards */
            kpis: components["schemas"]["OverviewKpisDto"];
            /**
             * Format: date-time
             * @description When the data shown was last synced from the platform; null before the first sync
             */
            lastUpdated: string | null;
            /** @description ready, or which empty state to show */
            state: components["schemas"]["DashboardState"];
        };
        DashboardRangeDto: {
            /**
             * Format: uuid
             * @description The coach whose data this is; null = all coaches
             */
            coachId: string | null;
            /** @enum {string|null} */
            division: "middle_school" | "high_school" | "college" | null;
            /**
             * Format: date
             * @description First UTC day
             * @example 2026-10-29
             */
            from: string;
            /**
             * Format: date
             * @description Last UTC day (included)
             * @example 2026-11-27
             */
            to: string;
        };
        /**
         * @description ready, or which empty state to show
         * @enum {string}
         */
        DashboardState: "no_competitors" | "sync_pending" | "no_solves_yet" | "no_flash_ctf_yet" | "no_teams" | "ready";
        DeadLetterPage: {
            items: components["schemas"]["DeadLetterView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        DeadLetterView: {
            attemptsMade: number;
            /** Format: date-time */
            failedAt: string;
            failedReason: string;
            id: string;
            /** @description Id of the failed queue entry */
            jobId: string;
            maxAttempts: number;
            /** @description Secrets redacted */
            payload: Record<string, never>;
            /** @enum {string} */
            queue: "competitors" | "teams" | "sync" | "maintenance";
            /** Format: date-time */
            replayedAt: string | null;
            replayJobId: string | null;
            /** Format: date-time */
            resolvedAt: string | null;
            /** @enum {string} */
            type: "competitor_onboard" | "competitor_password_reset" | "team_sync" | "team_remote_delete" | "game_platform_sync" | "game_platform_totals_sweep" | "maintenance_cleanup" | "rollout_catch_up" | "competitor_score_sync" | "import_verify_platform_id";
        };
        /** @enum {string} */
        Division: "middle_school" | "high_school" | "college";
        EmptyStateDto: {
            /** @example No solves yet in this period */
            message: string;
            reason: components["schemas"]["DashboardEmptyReason"];
        };
        FeatureFlagView: {
            description: string;
            enabled: boolean;
            /** @example game_platform_integration */
            name: string;
            pilotCoachIds: string[];
            rolloutPercentage: number;
            /**
             * Format: date-time
             * @description Null while the defaults apply (never saved)
             */
            updatedAt: string | null;
        };
        FieldErrorDto: {
            /** @example email */
            field: string;
            /** @example email must be an email address */
            message: string;
        };
        FlashCtfChartDto: {
            /** @description Flash CTF events that started in the range, oldest first */
            events: components["schemas"]["FlashCtfEventDto"][];
            /** @description The filter the answer is for, after defaults and coach scoping */
            filter: components["schemas"]["DashboardRangeDto"];
            groupBy: components["schemas"]["FlashCtfChartGroup"];
            /**
             * Format: date-time
             * @description When the data shown was last synced from the platform; null before the first sync
             */
            lastUpdated: string | null;
            mode: components["schemas"]["FlashCtfChartMode"];
            series: components["schemas"]["FlashCtfSeriesDto"][];
            /** @description ready, or which empty state to show */
            state: components["schemas"]["DashboardState"];
            /** @description Groups with results in the range (series holds the first `limit`) */
            totalSeries: number;
        };
        /** @enum {string} */
        FlashCtfChartGroup: "competitor" | "team" | "coach";
        /** @enum {string} */
        FlashCtfChartMode: "pace" | "absolute";
        FlashCtfEventDto: {
            /** Format: date-time */
            endedAt: string | null;
            /** @example flash-2026-11 */
            eventId: string;
            /** @example November Flash CTF */
            name: string;
            /** @description Competitors of the filter who solved at least one challenge */
            participants: number;
            /** Format: date-time */
            startedAt: string;
        };
        FlashCtfResultView: {
            challengesSolved: number;
            /** Format: date-time */
            endedAt: string | null;
            eventId: string;
            name: string;
            rank: number | null;
            score: number;
            /** Format: date-time */
            startedAt: string | null;
        };
        FlashCtfSeriesDto: {
            /**
             * Format: uuid
             * @description Competitor, team or coach id
             */
            id: string;
            /** @example Ada Lovelace */
            name: string;
            /** @description pace: challenges over the range; absolute: score over the range (what series are ordered by) */
            total: number;
            /** @description One value per event, in `events` order. pace: challenges solved up to and including the event; absolute: the event's score (summed over the group), null when the group did not take part */
            values: (number | null)[];
        };
        GamePlatformAvailabilityView: {
            /** @enum {string} */
            availability: "switched_off" | "disabled" | "pilot" | "in_rollout" | "outside_rollout";
            /** @description Whether the coach may trigger game platform actions now */
            available: boolean;
            /** Format: uuid */
            coachId: string;
        };
        GamePlatformJobAccepted: {
            /** @description Queue job id; the same id comes back while the job is pending */
            jobId: string;
            /** @enum {string} */
            state: "pending";
        };
        HealthReportDto: {
            /** @description Every check */
            details: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @description Checks that are down (empty on success) */
            error: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @description Checks that are up */
            info: {
                [key: string]: {
                    /** @enum {string} */
                    status: "up" | "down";
                } & {
                    [key: string]: unknown;
                };
            };
            /** @enum {string} */
            status: "ok";
        };
        ImportJsonBody: {
            /** @description Rows with the fields of the kind (CSV: the same names as header columns) */
            rows: Record<string, never>[];
        };
        ImportReport: {
            /** @description Rows by outcome */
            counts: Record<string, never>;
            dryRun: boolean;
            /** @enum {string} */
            kind: "coaches" | "competitors" | "teams";
            rows: components["schemas"]["ImportRowResult"][];
        };
        ImportRowResult: {
            errors?: string[];
            /** Format: uuid */
            id?: string;
            /** @enum {string} */
            outcome: "created" | "updated" | "unchanged" | "error";
            /**
             * @description pending_verification: the platform id is checked by a job before it is written; rejected: an earlier check refused it (see errors)
             * @enum {string}
             */
            platformId?: "pending_verification" | "linked" | "rejected";
            /** @description 1-based row number (CSV: data row, header excluded) */
            row: number;
        };
        InactiveLoginDto: {
            /** Format: uuid */
            coachId: string;
            /** Format: uuid */
            competitorId: string;
            /** @description Whole days since then; null = never */
            daysInactive: number | null;
            firstName: string;
            /**
             * Format: date-time
             * @description Last platform access; null = never
             */
            lastAccessAt: string | null;
            lastName: string;
            /** @description What to do, for a coach */
            message: string;
        };
        InactiveLoginListDto: {
            /** @description Never accessed first, then the longest inactive */
            items: components["schemas"]["InactiveLoginDto"][];
            total: number;
        };
        IntegrationAccessDto: {
            /** @description Whether game platform actions ("Add to Game Platform", team sync) may be triggered now */
            canWrite: boolean;
            /** @description GAME_PLATFORM_INTEGRATION_ENABLED: false is the read-only soft launch (dashboards work, nothing is sent to the platform) */
            masterSwitch: boolean;
            /** @description Why actions are unavailable, for people; null when canWrite */
            message: string | null;
            /** @description read_only: master switch off; paused: an administrator turned the rollout flag off; pilot / in_rollout / outside_rollout: where this coach stands; per_coach (admins): actions are allowed for competitors of coaches inside the rollout */
            mode: components["schemas"]["IntegrationMode"];
            /** @description Pilot coaches on the rollout flag */
            pilotCoachCount: number;
            rolloutPercentage: number;
        };
        /**
         * @description read_only: master switch off; paused: an administrator turned the rollout flag off; pilot / in_rollout / outside_rollout: where this coach stands; per_coach (admins): actions are allowed for competitors of coaches inside the rollout
         * @enum {string}
         */
        IntegrationMode: "read_only" | "paused" | "pilot" | "in_rollout" | "outside_rollout" | "per_coach";
        InternalSyncDto: {
            /** @description Totals sweep only: flagged competitors refreshed */
            batchSize?: number;
            /**
             * Format: uuid
             * @description Sync every competitor of this coach (outside the rotation)
             */
            coachId?: string;
            /**
             * @description Read the vendor and report what would change, writing nothing
             * @default false
             */
            dryRun: boolean;
            /**
             * @description Which job to enqueue
             * @default game_platform_sync
             * @enum {string}
             */
            task: "game_platform_sync" | "game_platform_totals_sweep";
        };
        JobDetailView: {
            attemptsMade: number;
            /** Format: date-time */
            createdAt: string;
            failedReason: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            id: string;
            maxAttempts: number;
            /**
             * @description Parked jobs: why the worker held it back (it runs after the rollout catch-up)
             * @enum {string}
             */
            parkedReason?: "switched_off" | "disabled" | "outside_rollout";
            /** @description Secrets redacted */
            payload: Record<string, never>;
            /** Format: date-time */
            processedAt: string | null;
            /** @enum {string} */
            queue: "competitors" | "teams" | "sync" | "maintenance";
            /**
             * Format: date-time
             * @description Delayed jobs: when they become due
             */
            runAt: string | null;
            stacktrace: string[];
            /** @enum {string} */
            state: "waiting" | "active" | "delayed" | "failed" | "completed" | "dead" | "parked";
            /** @enum {string} */
            type: "competitor_onboard" | "competitor_password_reset" | "team_sync" | "team_remote_delete" | "game_platform_sync" | "game_platform_totals_sweep" | "maintenance_cleanup" | "rollout_catch_up" | "competitor_score_sync" | "import_verify_platform_id";
        };
        JobPage: {
            items: components["schemas"]["JobView"][];
            page: number;
            pageSize: number;
            total: number;
            /** @description True when a queue held more matching jobs than one listing scans */
            truncated: boolean;
        };
        JobRef: {
            id: string;
            /** @enum {string} */
            queue: "competitors" | "teams" | "sync" | "maintenance";
        };
        JobView: {
            attemptsMade: number;
            /** Format: date-time */
            createdAt: string;
            failedReason: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            id: string;
            maxAttempts: number;
            /**
             * @description Parked jobs: why the worker held it back (it runs after the rollout catch-up)
             * @enum {string}
             */
            parkedReason?: "switched_off" | "disabled" | "outside_rollout";
            /** @description Secrets redacted */
            payload: Record<string, never>;
            /** Format: date-time */
            processedAt: string | null;
            /** @enum {string} */
            queue: "competitors" | "teams" | "sync" | "maintenance";
            /**
             * Format: date-time
             * @description Delayed jobs: when they become due
             */
            runAt: string | null;
            /** @enum {string} */
            state: "waiting" | "active" | "delayed" | "failed" | "completed" | "dead" | "parked";
            /** @enum {string} */
            type: "competitor_onboard" | "competitor_password_reset" | "team_sync" | "team_remote_delete" | "game_platform_sync" | "game_platform_totals_sweep" | "maintenance_cleanup" | "rollout_catch_up" | "competitor_score_sync" | "import_verify_platform_id";
        };
        KpiCardDto: {
            /**
             * @description value - previous
             * @example 7
             */
            delta: number;
            /**
             * @description delta as a percentage of previous, one decimal; null when previous is 0
             * @example 20
             */
            deltaPct: number | null;
            /**
             * @description The same figure for the same-length period just before the range
             * @example 35
             */
            previous: number;
            /** @description One point per UTC day of the range */
            sparkline: components["schemas"]["SparklinePointDto"][];
            /**
             * @description The figure for the range (see docs/dashboard.md for what each card counts)
             * @example 42
             */
            value: number;
        };
        LeaderboardDto: {
            /** @description Set when there is nothing to show, and why */
            empty: components["schemas"]["EmptyStateDto"] | null;
            items: components["schemas"]["LeaderboardRowDto"][];
            /**
             * Format: date-time
             * @description When the data shown was last synced; null before the first sync
             */
            lastUpdated: string | null;
            /** @description Pass as cursor for the next page; null on the last page */
            nextCursor: string | null;
            /** @description Competitors matching the filters and search */
            total: number;
        };
        LeaderboardEntryView: {
            challengesCompleted: number;
            /** Format: uuid */
            coachId: string;
            /** Format: uuid */
            competitorId: string;
            /** @enum {string|null} */
            division: "middle_school" | "high_school" | "college" | null;
            firstName: string;
            lastName: string;
            monthlyCtfChallenges: number;
            /** @description 1 for the highest total score */
            rank: number;
            /** Format: date-time */
            refreshedAt: string;
            totalScore: number;
        };
        LeaderboardRowDto: {
            /** @description Challenges completed, all time (platform totals) */
            challenges: number;
            /** @description Challenges solved within from..to */
            challengesInRange: number;
            /** Format: uuid */
            coachId: string;
            /** Format: uuid */
            competitorId: string;
            /** @enum {string|null} */
            division: "middle_school" | "high_school" | "college" | null;
            email: string | null;
            firstName: string;
            /**
             * Format: date-time
             * @description Last time the competitor used the platform
             */
            lastActivityAt: string | null;
            lastName: string;
            /** @description Points of the challenges solved within from..to */
            pointsInRange: number;
            /** @description Competition rank ("1224") by challenges, then score; equal totals share a rank */
            rank: number;
            /** @description Total score, all time (platform totals) */
            score: number;
            /** @description pending: on the platform, totals not synced yet */
            scoreSync: components["schemas"]["LeaderboardScoreSyncState"];
            /** @description Platform username */
            username: string | null;
        };
        /**
         * @description pending: on the platform, totals not synced yet
         * @enum {string}
         */
        LeaderboardScoreSyncState: "synced" | "pending" | "not_on_platform";
        MeDto: {
            /** @description The coach profile; null for administrators and for a coach not registered yet */
            coach: components["schemas"]["CoachView"] | null;
            integration: components["schemas"]["IntegrationAccessDto"];
            user: components["schemas"]["MeUserDto"];
        };
        MemberRemoteStatusDto: {
            /** @description Why the member is pending or in error */
            message: string | null;
            /** @description Badge: synced, pending or error */
            state: components["schemas"]["MembershipRemoteState"];
            /**
             * Format: date-time
             * @description Last time the platform was seen to have the member on this team
             */
            syncedAt: string | null;
        };
        /**
         * @description Badge: synced, pending or error
         * @enum {string}
         */
        MembershipRemoteState: "synced" | "pending" | "error";
        MetadataNotPropagatedDto: {
            /** @description Fields changed locally that the platform still has with their creation value */
            fields: ("name" | "division" | "affiliation")[];
            /** @example The Game Platform cannot update a team after creating it: name changed here only (the platform keeps "Old name") */
            message: string;
            /** @description What the platform has */
            remote: components["schemas"]["RemoteMetadataDto"];
        };
        MeUserDto: {
            /** @description The JWT subject: a coach id (UUID) for coaches, any identifier for administrators */
            id: string;
            role: components["schemas"]["Role"];
        };
        OnboardingStateView: {
            /** @description Attempts made by the last onboarding job */
            attempts: number;
            /**
             * Format: uuid
             * @description Remote syned_user_id once synced
             */
            gamePlatformId: string | null;
            /** @description Last onboarding job id */
            jobId: string | null;
            /** Format: date-time */
            lastAttemptAt: string | null;
            /** @description What the state means for the coach, or what to do about it */
            message: string;
            /** @enum {string} */
            state: "not_started" | "pending" | "synced" | "error";
            /** Format: date-time */
            syncedAt: string | null;
        };
        OverviewKpisDto: {
            activeOnPlatform: components["schemas"]["KpiCardDto"];
            monthlyCtfParticipation: components["schemas"]["KpiCardDto"];
            registeredCompetitors: components["schemas"]["KpiCardDto"];
            teamEnrollment: components["schemas"]["KpiCardDto"];
            totalChallengesSolved: components["schemas"]["KpiCardDto"];
        };
        PendingMembershipDto: {
            /** Format: uuid */
            coachId: string;
            /** Format: uuid */
            competitorId: string;
            firstName: string;
            lastName: string;
            /** @description What is happening and what to do, for a coach */
            message: string;
            /**
             * Format: date-time
             * @description Since when (last change of the membership)
             */
            since: string;
            state: components["schemas"]["PendingMembershipState"];
            /** Format: uuid */
            teamId: string;
            teamName: string;
        };
        PendingMembershipListDto: {
            /** @description Oldest first */
            items: components["schemas"]["PendingMembershipDto"][];
            total: number;
        };
        /** @enum {string} */
        PendingMembershipState: "pending" | "error";
        PendingSyncView: {
            completeWithoutPlatformId: number;
            complianceWaiting: number;
            onboardingFailed: number;
        };
        PlatformIdClaimView: {
            /** Format: date-time */
            checkedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            entity: "coach" | "competitor" | "team";
            /** @description Why the platform id was refused */
            error: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            localId: string;
            /** Format: uuid */
            platformId: string;
            /** @enum {string} */
            state: "pending" | "verified" | "rejected";
        };
        ProblemDetailsDto: {
            /**
             * @description What went wrong, for people
             * @example email must be an email address
             */
            detail: string;
            /** @description Per-field messages of a validation failure */
            errors?: components["schemas"]["FieldErrorDto"][];
            /**
             * @description The request path
             * @example /competitors
             */
            instance: string;
            /**
             * @description The x-request-id of the request, for support
             * @example 5d1c1a4e-3b7f-4d9a-9a43-1c2f1f0e8a11
             */
            requestId: string;
            /**
             * @description HTTP status code
             * @example 400
             */
            status: number;
            /**
             * @description Short summary of the kind of problem
             * @example Bad Request
             */
            title: string;
            /**
             * @description URI naming the kind of problem
             * @example https://game-platform-sync.dev/problems/validation
             */
            type: string;
        };
        ProcessingSwitchBody: {
            /** @description Act on everything: required when none of queue is given, refused with them */
            all?: boolean;
            /**
             * @description The queue to switch; or say all: true
             * @enum {string}
             */
            queue?: "competitors" | "teams" | "sync" | "maintenance";
        };
        ProcessingView: {
            queues: components["schemas"]["QueueProcessingView"][];
        };
        PurgeDeadLettersBody: {
            /** @description Act on everything: required when none of queue, type, coachId, status, before is given, refused with them */
            all?: boolean;
            /**
             * Format: date-time
             * @description Only dead letters that failed before this instant (ISO 8601)
             */
            before?: string;
            /** @description Only jobs of this coach: the coach itself, its competitors or its teams */
            coachId?: string;
            /**
             * @description All queues when omitted
             * @enum {string}
             */
            queue?: "competitors" | "teams" | "sync" | "maintenance";
            /**
             * @description open: not replayed nor resolved; resolved: a retry or replay completed
             * @enum {string}
             */
            status?: "open" | "replayed" | "resolved" | "all";
            /**
             * @description All job types when omitted
             * @enum {string}
             */
            type?: "competitor_onboard" | "competitor_password_reset" | "team_sync" | "team_remote_delete" | "game_platform_sync" | "game_platform_totals_sweep" | "maintenance_cleanup" | "rollout_catch_up" | "competitor_score_sync" | "import_verify_platform_id";
        };
        PurgeResult: {
            /** @description Dead letters deleted */
            purged: number;
        };
        QueueProcessingView: {
            /** @description True: no new job starts; running jobs finish */
            paused: boolean;
            /** @enum {string} */
            queue: "competitors" | "teams" | "sync" | "maintenance";
        };
        RemoteDeleteDto: {
            jobId?: string;
            reason?: string;
            /**
             * @description pending: a job deletes the team on the platform; waiting_for_integration: that job is parked until the integration is available for the coach again; not_needed: it never existed there
             * @enum {string}
             */
            state: "pending" | "waiting_for_integration" | "not_needed";
        };
        RemoteMetadataDto: {
            affiliation: string | null;
            /** @enum {string|null} */
            division: "middle_school" | "high_school" | "college" | null;
            name: string | null;
        };
        ReplayResult: {
            deadLetterId: string;
            /** @description The new job (or the pending one of the same type and key it merged into) */
            jobId: string;
            /** @enum {string} */
            queue: "competitors" | "teams" | "sync" | "maintenance";
        };
        RetriedCompetitor: {
            /** Format: uuid */
            competitorId: string;
            jobId: string;
        };
        RetryFailedDto: {
            /** @description Act on everything: required when none of coachId is given, refused with them */
            all?: boolean;
            /**
             * Format: uuid
             * @description Only this coach's competitors (a coach may only name themselves); or say all: true
             */
            coachId?: string;
        };
        RetryFailedResult: {
            enqueued: components["schemas"]["RetriedCompetitor"][];
            skipped: components["schemas"]["SkippedCompetitor"][];
        };
        /** @enum {string} */
        Role: "admin" | "coach";
        RunSuccessRateView: {
            failed: number;
            /** @description succeeded / (succeeded + failed); null when no run finished in the window */
            rate: number | null;
            succeeded: number;
            windowHours: number;
        };
        ScheduleView: {
            /** @description Pattern of the schedule in Redis now (what runs) */
            activePattern: string | null;
            /** @description Whether the workers have applied the setting yet (within SCHEDULE_RECONCILE_INTERVAL_MS) */
            applied: boolean;
            enabled: boolean;
            /**
             * Format: date-time
             * @description Finish time of the newest run among the recent jobs
             */
            lastRunAt: string | null;
            /** @enum {string|null} */
            lastRunState: "completed" | "failed" | null;
            /** @enum {string} */
            name: "game_platform_sync" | "game_platform_totals_sweep" | "maintenance_cleanup";
            /** Format: date-time */
            nextRunAt: string | null;
            /** @description Pattern an admin set; null = the worker's configured one */
            pattern: string | null;
            queue: string;
            /** Format: date-time */
            updatedAt: string | null;
            updatedBy: string | null;
        };
        SessionBody: {
            /** @description Admin JWT (form field of the sign-in page); or send it as a bearer header */
            token?: string;
        };
        SessionCreated: {
            expiresInSeconds: number;
        };
        SkippedCompetitor: {
            /** Format: uuid */
            competitorId: string;
            reason: string;
        };
        SolveRowDto: {
            category: string | null;
            challengeId: number;
            /** @description Platform id of this solve */
            challengeSolveId: number;
            points: number | null;
            /** Format: date-time */
            solvedAt: string;
            source: components["schemas"]["SolveSource"];
            title: string | null;
        };
        /** @enum {string} */
        SolveSource: "odl" | "flash_ctf";
        SolveView: {
            challengeCategory: string | null;
            challengeId: number;
            challengePoints: number | null;
            challengeSolveId: number;
            challengeTitle: string | null;
            /** Format: date-time */
            solvedAt: string;
        };
        SparklinePointDto: {
            /**
             * Format: date
             * @example 2026-11-27
             */
            day: string;
            /** @example 12 */
            value: number;
        };
        SuccessRatesView: {
            last7d: components["schemas"]["RunSuccessRateView"];
            last24h: components["schemas"]["RunSuccessRateView"];
        };
        SyncErrorView: {
            /** Format: uuid */
            competitorId: string;
            errorMessage: string | null;
            firstName: string;
            /** Format: date-time */
            lastAttemptAt: string | null;
            lastName: string;
            /** Format: uuid */
            synedUserId: string;
        };
        SyncJobAcceptedDto: {
            /** @description Queue job id (the same id while an identical request is still pending) */
            jobId: string;
            /**
             * @description The job type enqueued
             * @enum {string}
             */
            task: "game_platform_sync" | "game_platform_totals_sweep";
        };
        SyncOverviewView: {
            competitorResults7d: components["schemas"]["CompetitorResultView"][];
            freshnessLag: components["schemas"]["TierFreshnessView"][];
            /** @description The 10 latest runs, newest first */
            lastRuns: components["schemas"]["SyncRunView"][];
            pending: components["schemas"]["PendingSyncView"];
            /** @description Up to 20 errors of the last 24 h */
            recentErrors: components["schemas"]["SyncErrorView"][];
            successRate: components["schemas"]["SuccessRatesView"];
        };
        /** @enum {string} */
        SyncRunKind: "incremental" | "totals_sweep";
        /** @enum {string} */
        SyncRunStatus: "running" | "succeeded" | "failed";
        SyncRunView: {
            apiCallCount: number;
            batchNumber: number;
            batchSize: number;
            /**
             * Format: uuid
             * @description Set when the run synced one coach
             */
            coachId: string | null;
            competitorsProcessed: number;
            competitorsSkipped: number;
            competitorsTotal: number;
            competitorsWithNewData: number;
            /**
             * Format: uuid
             * @description Rotation cycle the batch belongs to
             */
            cycleId: string | null;
            dryRun: boolean;
            durationMs: number | null;
            errorCount: number;
            /** @description Failures of the run, when any */
            errorDetails: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            finishedAt: string | null;
            flashCtfSync: boolean;
            /** Format: uuid */
            id: string;
            /** @description Queue job id */
            jobId: string | null;
            kind: components["schemas"]["SyncRunKind"];
            /** @description Per team: local members missing on the platform, platform members unknown here */
            rosterDrift: {
                [key: string]: unknown;
            } | null;
            /** @description Memberships where the local and platform rosters disagree */
            rosterDriftCount: number;
            /** Format: date-time */
            startedAt: string;
            status: components["schemas"]["SyncRunStatus"];
            totalBatches: number;
        };
        SyncSuccessRateView: {
            competitors: components["schemas"]["CompetitorResultView"][];
            runs: components["schemas"]["RunSuccessRateView"];
        };
        /** @enum {string} */
        SyncTier: "high" | "medium" | "low";
        TeamDeletedDto: {
            /** @enum {boolean} */
            deleted: true;
            /** Format: uuid */
            id: string;
            remoteDelete: components["schemas"]["RemoteDeleteDto"];
        };
        TeamDetailDto: {
            affiliation: string;
            /** Format: uuid */
            coachId: string;
            /** Format: date-time */
            createdAt: string;
            division: components["schemas"]["Division"];
            gamePlatform: components["schemas"]["TeamGamePlatformDto"];
            /** Format: uuid */
            id: string;
            memberCount: number;
            members: components["schemas"]["TeamMemberDto"][];
            name: string;
            sync: components["schemas"]["TeamSyncAvailabilityDto"];
            /** Format: date-time */
            updatedAt: string;
        };
        TeamDrawerDto: {
            /** @description The filter the answer is for, after defaults and coach scoping */
            filter: components["schemas"]["DashboardRangeDto"];
            /**
             * Format: date-time
             * @description When the data shown was last synced from the platform; null before the first sync
             */
            lastUpdated: string | null;
            /** @description Members, highest score first */
            members: components["schemas"]["TeamDrawerMemberDto"][];
            /** @description ready, or which empty state to show */
            state: components["schemas"]["DashboardState"];
            team: components["schemas"]["TeamTileDto"];
        };
        TeamDrawerMemberDto: {
            /** @description Challenges solved, all time (latest totals sweep) */
            challenges: number;
            /** @description Challenges solved in the range */
            challengesInRange: number;
            /** Format: uuid */
            competitorId: string;
            firstName: string;
            /**
             * Format: date-time
             * @description Latest platform access or solve
             */
            lastActivity: string | null;
            lastName: string;
            /** @description Membership badge: synced, pending or error */
            membership: components["schemas"]["MembershipRemoteState"];
            /** @description Why the membership is in error */
            membershipError: string | null;
            /** @description Whether the competitor has a Game Platform account */
            onGamePlatform: boolean;
            /** @description Total score (latest totals sweep) */
            score: number;
        };
        TeamGamePlatformDto: {
            metactfCoachId: number | null;
            metactfTeamId: number | null;
            /** @description Local name/division/affiliation changes the platform could not take */
            metadataNotPropagated: components["schemas"]["MetadataNotPropagatedDto"] | null;
            /**
             * Format: date-time
             * @description Last time the whole roster was confirmed on the platform
             */
            syncedAt: string | null;
            /** @description Why the last sync did not complete, in words a coach can act on */
            syncError: string | null;
            /**
             * Format: uuid
             * @description syned_team_id on the platform; null until the first sync creates the team
             */
            synedTeamId: string | null;
        };
        TeamMemberDto: {
            /** Format: date-time */
            addedAt: string;
            /** Format: uuid */
            competitorId: string;
            firstName: string;
            lastName: string;
            /** @description Whether the competitor has a game platform account (only those can be synced) */
            onGamePlatform: boolean;
            remote: components["schemas"]["MemberRemoteStatusDto"];
        };
        TeamPageDto: {
            items: components["schemas"]["TeamSummaryDto"][];
            /**
             * Format: uuid
             * @description Pass as cursor for the next page (keyset); null on the last page
             */
            nextCursor: string | null;
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description error: the team or a member failed to sync; pending: not on the platform yet, or a member is waiting; synced otherwise
         * @enum {string}
         */
        TeamRemoteState: "synced" | "pending" | "error";
        TeamsMatrixDto: {
            /** @description The filter the answer is for, after defaults and coach scoping */
            filter: components["schemas"]["DashboardRangeDto"];
            /**
             * Format: date-time
             * @description When the data shown was last synced from the platform; null before the first sync
             */
            lastUpdated: string | null;
            /** @description ready, or which empty state to show */
            state: components["schemas"]["DashboardState"];
            /** @description Teams of the filter (division: the team division), by name */
            teams: components["schemas"]["TeamTileDto"][];
        };
        TeamSummaryDto: {
            affiliation: string;
            /** Format: uuid */
            coachId: string;
            /** Format: date-time */
            createdAt: string;
            division: components["schemas"]["Division"];
            gamePlatform: components["schemas"]["TeamGamePlatformDto"];
            /** Format: uuid */
            id: string;
            memberCount: number;
            name: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TeamSyncAcceptedDto: {
            /** @description Queue job id (the same while a sync of this team is pending) */
            jobId: string;
            /** @enum {string} */
            state: "pending";
        };
        TeamSyncAvailabilityDto: {
            /** @description Whether this team's changes are pushed to the game platform */
            enabled: boolean;
            /** @description Why changes stay local (integration switched off, coach outside the rollout) */
            reason?: string;
        };
        TeamTileDto: {
            /** @description Mean total score of the members (no score yet counts as 0), one decimal; null without members */
            averageScore: number | null;
            /** @description Challenges the members solved, all time (the platform's totals) */
            challengesAllTime: number;
            /** @description Challenges the members solved in the range */
            challengesInRange: number;
            /** Format: uuid */
            coachId: string;
            division: components["schemas"]["Division"];
            /** Format: uuid */
            id: string;
            /**
             * Format: date-time
             * @description Last time the whole roster was confirmed on the platform
             */
            lastSync: string | null;
            /** @description Members now */
            members: number;
            name: string;
            /** @description Members with a Game Platform account */
            onboardedMembers: number;
            /** @description error: the team or a member failed to sync; pending: not on the platform yet, or a member is waiting; synced otherwise */
            remoteState: components["schemas"]["TeamRemoteState"];
            /** @description Why the last team sync failed, in words a coach can act on */
            syncError: string | null;
        };
        TierFreshnessView: {
            competitors: number;
            dueNow: number;
            failing: number;
            /** @description A competitor of this tier is due this long after its last attempt */
            intervalSeconds: number;
            maxLagSeconds: number | null;
            neverSynced: number;
            /** @description Median time since the last successful sync */
            p50LagSeconds: number | null;
            p95LagSeconds: number | null;
            tier: components["schemas"]["SyncTier"];
        };
        /** @enum {string} */
        TimelineBucket: "day" | "week";
        TimelineDto: {
            bucket: components["schemas"]["TimelineBucket"];
            /** @description The filter the answer is for, after defaults and coach scoping */
            filter: components["schemas"]["DashboardRangeDto"];
            /**
             * Format: date-time
             * @description When the data shown was last synced from the platform; null before the first sync
             */
            lastUpdated: string | null;
            /** @description Every bucket of the range, oldest first, zeros included */
            points: components["schemas"]["TimelinePointDto"][];
            /** @description ready, or which empty state to show */
            state: components["schemas"]["DashboardState"];
        };
        TimelinePointDto: {
            /** @description Challenges solved */
            challengeSolves: number;
            /** @description Competitors on a challenge streak: a solve on a day of the bucket and on the day before */
            competitorsOnStreak: number;
            /** @description Days of the range in the bucket (a week cut by the range edge has fewer than 7) */
            days: number;
            /** @description Competitors who solved a challenge of a Flash CTF event that started in the bucket */
            flashCtfParticipants: number;
            /** @description Competitors who got their Game Platform account */
            onboardings: number;
            /** @description Competitors registered */
            registrations: number;
            /**
             * Format: date
             * @description First day of the bucket (a Monday for weeks)
             * @example 2026-11-23
             */
            start: string;
            /** @description Team edits: created, details changed, members added, removed or moved, deleted */
            teamEdits: number;
        };
        TouchedJobs: {
            jobs: components["schemas"]["JobRef"][];
            /** @description How many jobs the call changed */
            touched: number;
        };
        TriggerSyncDto: {
            /**
             * Format: uuid
             * @description Sync every competitor of this coach (outside the rotation)
             */
            coachId?: string;
            /**
             * @description Read the vendor and report what would change, writing nothing
             * @default false
             */
            dryRun: boolean;
        };
        TriggerTotalsSweepDto: {
            /**
             * @description Flagged competitors refreshed by this sweep
             * @default 100
             */
            batchSize: number;
        };
        UpdateCompetitorDto: {
            /**
             * Format: uuid
             * @description Admins only: the owning coach. Coaches always own what they create.
             */
            coachId?: string;
            /** @enum {string|null} */
            division?: "middle_school" | "high_school" | "college" | null;
            /**
             * @description Unique across the organisation; stored lower-case
             * @example ada@student.example.org
             */
            email?: string | null;
            /** @example Ada */
            firstName?: string;
            /** @example 10 */
            grade?: string | null;
            /** @example Lovelace */
            lastName?: string;
            /** @example region-7 */
            regionId?: string | null;
            /** @example school-042 */
            schoolId?: string | null;
        };
        UpdateFeatureFlagDto: {
            /** @description Kill switch: false turns the flag off for everyone, pilot coaches included */
            enabled?: boolean;
            /** @description Pilot coaches: always included while the flag is enabled. Replaces the list. */
            pilotCoachIds?: string[];
            /** @description Share of coaches (stable hash of the coach id) that get the feature */
            rolloutPercentage?: number;
        };
        UpdateScheduleDto: {
            /** @description false: no new runs are scheduled until it is enabled again */
            enabled?: boolean;
            /**
             * @description Cron pattern, UTC (5 fields, or 6 with seconds)
             * @example *\/15 * * * *
             */
            pattern?: string;
        };
        UpdateTeamDto: {
            /**
             * @description School or club the team represents
             * @example Lincoln High School
             */
            affiliation?: string;
            division?: components["schemas"]["Division"];
            /** @example Cyber Falcons */
            name?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAlerts: {
        parameters: {
            query?: {
                /** @description Also list the conditions that are not firing */
                all?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AlertView"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listDeadLetters: {
        parameters: {
            query?: {
                /** @description Only jobs of this coach: the coach itself, its competitors or its teams */
                coachId?: string;
                page?: unknown;
                pageSize?: unknown;
                /** @description All queues when omitted */
                queue?: "competitors" | "teams" | "sync" | "maintenance";
                /** @description open: not replayed nor resolved; resolved: a retry or replay completed */
                status?: "open" | "replayed" | "resolved" | "all";
                /** @description All job types when omitted */
                type?: "competitor_onboard" | "competitor_password_reset" | "team_sync" | "team_remote_delete" | "game_platform_sync" | "game_platform_totals_sweep" | "maintenance_cleanup" | "rollout_catch_up" | "competitor_score_sync" | "import_verify_platform_id";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadLetterPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    purgeDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurgeResult"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such dead letter */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    replayDeadLetter: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReplayResult"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such dead letter */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Already replayed or resolved */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    purgeDeadLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurgeDeadLettersBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurgeResult"];
                };
            };
            /** @description Invalid filter, or neither a filter nor all: true */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    import: {
        parameters: {
            query?: {
                /** @description Report what would happen without writing anything */
                dryRun?: unknown;
            };
            header?: never;
            path: {
                kind: "coaches" | "competitors" | "teams";
            };
            cookie?: never;
        };
        /** @description JSON { rows: [...] }, or text/csv with a header row naming the same fields */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImportJsonBody"];
                "text/csv": components["schemas"]["ImportJsonBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Unknown kind, a body that is neither { rows: [...] } nor CSV, or more than 5000 rows */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    claims: {
        parameters: {
            query?: {
                /** @description All states when omitted */
                state?: "pending" | "verified" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlatformIdClaimView"][];
                };
            };
            /** @description Unknown state */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listJobs: {
        parameters: {
            query?: {
                page?: unknown;
                pageSize?: unknown;
                /** @description All queues when omitted */
                queue?: "competitors" | "teams" | "sync" | "maintenance";
                /** @description dead = the dead-letter store; parked = vendor writes held back because their coach may not use the game platform now (not run, not failed) */
                state?: "waiting" | "active" | "delayed" | "failed" | "completed" | "dead" | "parked";
                /** @description All job types when omitted */
                type?: "competitor_onboard" | "competitor_password_reset" | "team_sync" | "team_remote_delete" | "game_platform_sync" | "game_platform_totals_sweep" | "maintenance_cleanup" | "rollout_catch_up" | "competitor_score_sync" | "import_verify_platform_id";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                queue: "competitors" | "teams" | "sync" | "maintenance";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDetailView"];
                };
            };
            /** @description Unknown queue or empty id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    discardJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                queue: "competitors" | "teams" | "sync" | "maintenance";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TouchedJobs"];
                };
            };
            /** @description Unknown queue or empty id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The job is running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    retryJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                queue: "competitors" | "teams" | "sync" | "maintenance";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TouchedJobs"];
                };
            };
            /** @description Unknown queue or empty id */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such job */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The job is not failed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    retryFailedJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRetryBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TouchedJobs"];
                };
            };
            /** @description Invalid filter, or neither a filter nor all: true */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getProcessing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingView"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    pauseProcessing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcessingSwitchBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingView"];
                };
            };
            /** @description Neither a queue nor all: true, or both */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    resumeProcessing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProcessingSwitchBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingView"];
                };
            };
            /** @description Neither a queue nor all: true, or both */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    openBullBoardSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionBody"];
                "application/x-www-form-urlencoded": components["schemas"]["SessionBody"];
            };
        };
        responses: {
            /** @description Cookie set (JSON or bearer callers) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCreated"];
                };
            };
            /** @description Form sign-in: cookie set, redirected to the board */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The token is not an admin's, or the request came from another site (Origin check) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    closeBullBoardSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session closed, cookie cleared */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The request came from another site (Origin check) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"][];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: "game_platform_sync" | "game_platform_totals_sweep" | "maintenance_cleanup";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleView"];
                };
            };
            /** @description Unknown schedule, not a cron pattern, or nothing to change */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Admins only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listSyncErrors: {
        parameters: {
            query?: {
                /** @description Look-back window in hours */
                hours?: unknown;
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Errors, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncErrorView"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getSyncOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncOverviewView"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getPendingSync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingSyncView"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getSyncSuccessRate: {
        parameters: {
            query?: {
                /** @description Look-back window in hours */
                hours?: unknown;
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncSuccessRateView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listCoaches: {
        parameters: {
            query?: {
                /** @description nextCursor of the previous page: the rows after it (keyset, as fast on page 200 as on page 1); page is ignored */
                cursor?: string;
                page?: unknown;
                pageSize?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachPage"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    createCoach: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCoachDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A coach with this id or email already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getCoach: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachView"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getCurrentCoach: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoachView"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No coach record for this user yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listCompetitors: {
        parameters: {
            query?: {
                /** @description Admins: one coach's competitors (coaches only ever see their own) */
                coachId?: string;
                /** @description nextCursor of the previous page: the rows after it (keyset, as fast on page 200 as on page 1); page is ignored */
                cursor?: string;
                /** @description true: only competitors whose last game platform action failed; false: only those without */
                hasSyncError?: boolean;
                order?: "asc" | "desc";
                page?: unknown;
                pageSize?: unknown;
                /** @description Matches first name, last name, email or platform username (case-insensitive); every word must match */
                search?: string;
                sort?: "createdAt" | "updatedAt" | "lastName" | "firstName" | "email" | "status";
                status?: "pending" | "profile" | "compliance" | "complete";
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitorPage"];
                };
            };
            /** @description Invalid filter, sort or page values */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    createCompetitor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCompetitorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitorView"];
                };
            };
            /** @description Invalid fields (one message per field), unknown coach, or a coach choosing another coach */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A competitor with this email already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getCompetitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitorView"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    deleteCompetitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The competitor is still on a team */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    updateCompetitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCompetitorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitorView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Email already used, or an email change on a competitor already on the Game Platform */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    confirmCompliance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitorView"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The profile is incomplete; the message lists the missing fields */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getOnboardingState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingStateView"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    onboardCompetitor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GamePlatformJobAccepted"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Status is not compliance (the message says what is missing) or already on the platform */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests, or too many game platform actions by this coach; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description GAME_PLATFORM_INTEGRATION_ENABLED is false, the flag is paused, or the coach is outside the rollout */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    clearOnboardingError: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardingStateView"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    sendPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GamePlatformJobAccepted"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The competitor is not on the Game Platform yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests, or too many game platform actions by this coach; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description GAME_PLATFORM_INTEGRATION_ENABLED is false, the flag is paused, or the coach is outside the rollout */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    relinkCompetitorAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GamePlatformJobAccepted"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Not on the platform yet, the account is not missing, or the profile is no longer complete */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests, or too many game platform actions by this coach; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description GAME_PLATFORM_INTEGRATION_ENABLED is false, the flag is paused, or the coach is outside the rollout */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    retryOnboarding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GamePlatformJobAccepted"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Nothing to retry (never sent, or already on the platform) or the profile is no longer ready */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests, or too many game platform actions by this coach; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description GAME_PLATFORM_INTEGRATION_ENABLED is false, the flag is paused, or the coach is outside the rollout */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    syncNow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GamePlatformJobAccepted"];
                };
            };
            /** @description The id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not one of the calling coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The competitor is not on the Game Platform yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /**
             * @description Too many vendor actions; see Retry-After
             *
             *     Too many requests, or too many game platform actions by this coach; see Retry-After
             */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    retryFailedOnboardings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RetryFailedDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetryFailedResult"];
                };
            };
            /** @description Invalid coachId, a coach naming another coach, or neither coachId nor all: true */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests, or too many game platform actions by this coach; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description GAME_PLATFORM_INTEGRATION_ENABLED is false, the flag is paused, or the coach is outside the rollout */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getAccessAlerts: {
        parameters: {
            query?: {
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                /** @description A login is inactive when the last platform access is older than this many days (or never happened) */
                inactiveDays?: unknown;
                /** @description Items per list (each list also gives its total) */
                limit?: unknown;
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessAlertsDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description coachId is another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listActivity: {
        parameters: {
            query?: {
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                /** @description `nextCursor` of the previous page; omit for the newest events */
                cursor?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                /** @description Events per page */
                limit?: unknown;
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityLogDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description coachId is another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getCompetitorCategories: {
        parameters: {
            query?: {
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path: {
                /** @description Competitor id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CategoryBreakdownDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not visible to the caller (another coach’s, or outside coachId) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listCompetitorSolves: {
        parameters: {
            query?: {
                /** @description Only solves of this challenge category (exact, as in /categories) */
                category?: string;
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                /** @description nextCursor of the previous page; omit for the first page */
                cursor?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                limit?: unknown;
                order?: "asc" | "desc";
                /** @description points: ties by date, then id */
                sort?: "date" | "points";
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path: {
                /** @description Competitor id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitorSolvesDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not visible to the caller (another coach’s, or outside coachId) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exportCompetitorSolvesCsv: {
        parameters: {
            query?: {
                /** @description Only solves of this challenge category (exact, as in /categories) */
                category?: string;
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                /** @description nextCursor of the previous page; omit for the first page */
                cursor?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                limit?: unknown;
                order?: "asc" | "desc";
                /** @description points: ties by date, then id */
                sort?: "date" | "points";
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path: {
                /** @description Competitor id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 4180 CSV (CRLF line ends, UTF-8), streamed, with a header row: solvedAt, challengeId, title, category, points, source, challengeSolveId. Text cells starting with =, +, -, @ get a leading apostrophe. */
            200: {
                headers: {
                    /** @description attachment; filename="…csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor, or not visible to the caller (another coach’s, or outside coachId) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getFlashCtfChart: {
        parameters: {
            query?: {
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                /** @description One series per competitor, per team (its current members) or per coach */
                groupBy?: components["schemas"]["FlashCtfChartGroup"];
                /** @description Series shown: the leading ones by the chart value over the range */
                limit?: unknown;
                /** @description pace: challenges solved, cumulative over the events of the range; absolute: final score per event */
                mode?: components["schemas"]["FlashCtfChartMode"];
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FlashCtfChartDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description coachId is another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getDashboardLeaderboard: {
        parameters: {
            query?: {
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                /** @description nextCursor of the previous page; omit for the first page */
                cursor?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                limit?: unknown;
                /** @description Default: desc (best, most recent first); asc for name */
                order?: "asc" | "desc";
                /** @description Page number (offset pagination, for jumping); prefer cursor for next pages. Not with cursor. */
                page?: number;
                /** @description Words matched against first name, last name, email and platform username (case-insensitive); every word must match */
                search?: string;
                /** @description `challenges` is rank order */
                sort?: "challenges" | "score" | "lastActivity" | "name";
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description coachId names another coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    exportDashboardLeaderboardCsv: {
        parameters: {
            query?: {
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                /** @description nextCursor of the previous page; omit for the first page */
                cursor?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                limit?: unknown;
                /** @description Default: desc (best, most recent first); asc for name */
                order?: "asc" | "desc";
                /** @description Page number (offset pagination, for jumping); prefer cursor for next pages. Not with cursor. */
                page?: number;
                /** @description Words matched against first name, last name, email and platform username (case-insensitive); every word must match */
                search?: string;
                /** @description `challenges` is rank order */
                sort?: "challenges" | "score" | "lastActivity" | "name";
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RFC 4180 CSV (CRLF line ends, UTF-8), streamed, with a header row: rank, firstName, lastName, email, username, division, challenges, score, challengesInRange, pointsInRange, lastActivityAt, scoreSync. Text cells starting with =, +, -, @ get a leading apostrophe. */
            200: {
                headers: {
                    /** @description attachment; filename="…csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description coachId names another coach */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getDashboardOverview: {
        parameters: {
            query?: {
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardOverviewDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description coachId is another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getTeamsMatrix: {
        parameters: {
            query?: {
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamsMatrixDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description coachId is another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getTeamDrawer: {
        parameters: {
            query?: {
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDrawerDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such team, or another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getActivityTimeline: {
        parameters: {
            query?: {
                /** @description day: one point per UTC day; week: per ISO week (Monday to Sunday) */
                bucket?: components["schemas"]["TimelineBucket"];
                /** @description Administrators: one coach (default all). Coaches: omit, or their own id. */
                coachId?: string;
                division?: components["schemas"]["Division"];
                /** @description First UTC day (default: 30 days before `to`) */
                from?: string;
                /** @description Last UTC day, included (default: today) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description coachId is another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listFeatureFlags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeatureFlagView"][];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getFeatureFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeatureFlagView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unknown flag name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    updateFeatureFlag: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFeatureFlagDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeatureFlagView"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unknown flag name */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getGamePlatformAvailability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                coachId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GamePlatformAvailabilityView"];
                };
            };
            /** @description coachId is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PostgreSQL and Redis answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthReportDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A dependency is down; the detail names the failing check */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    triggerInternalSync: {
        parameters: {
            query?: never;
            header: {
                /** @description INTERNAL_SYNC_SECRET */
                "x-internal-sync-secret": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InternalSyncDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncJobAcceptedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing secret header */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Wrong secret, or no secret configured */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unknown coachId */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getCompetitorScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompetitorScoresView"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description No such competitor (or not one of the coach's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getLeaderboard: {
        parameters: {
            query?: {
                division?: "middle_school" | "high_school" | "college";
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ranked competitors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeaderboardEntryView"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getSyncFreshness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per tier (high, medium, low) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TierFreshnessView"][];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listSyncRuns: {
        parameters: {
            query?: {
                kind?: "incremental" | "totals_sweep";
                limit?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncRunView"][];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    triggerSyncRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriggerSyncDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncJobAcceptedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unknown coachId */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    triggerTotalsSweep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriggerTotalsSweepDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncJobAcceptedDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description Administrators: only this coach’s teams (coaches always see their own only) */
                coachId?: string;
                /** @description nextCursor of the previous page: the rows after it (keyset, as fast on page 200 as on page 1); page is ignored */
                cursor?: string;
                page?: unknown;
                pageSize?: unknown;
                /** @description Part of the team name, case-insensitive */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamPageDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetailDto"];
                };
            };
            /** @description Invalid body (field messages), or unknown coach */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A coach tried to create a team for another coach */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The coach already has a team with this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    getTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    /** @description RFC 9211: `gps-api; hit; ttl=N` served from the read cache (negative ttl: stale, being refreshed), `gps-api; fwd=miss` computed now (`; collapsed`: shared with a concurrent request), `gps-api; fwd=bypass` cache off or unavailable */
                    "Cache-Status"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetailDto"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Team (or competitor) not found, or another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDeletedDto"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Team (or competitor) not found, or another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The team still has members */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Team (or competitor) not found, or another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The coach already has a team with this name */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    addTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddMemberDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetailDto"];
                };
            };
            /** @description Invalid input; `errors` names each field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Team (or competitor) not found, or another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The competitor belongs to another coach, or was put on a team concurrently */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    removeTeamMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                competitorId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDetailDto"];
                };
            };
            /** @description id or competitorId is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Team (or competitor) not found, or another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description This instance is shutting down, or a dependency is unavailable; retry later */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
    syncTeam: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamSyncAcceptedDto"];
                };
            };
            /** @description id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Missing, invalid or expired bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Team (or competitor) not found, or another coach's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description A path parameter is longer than 100 characters */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Too many requests, or too many game platform actions by this coach; see Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description Unexpected failure: the detail says nothing internal; requestId finds it in the logs */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
            /** @description The game platform integration is off for this coach */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetailsDto"];
                };
            };
        };
    };
}
