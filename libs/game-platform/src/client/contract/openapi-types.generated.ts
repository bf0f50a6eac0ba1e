// Generated from libs/game-platform/contract/openapi.yaml by `npm run contract:generate`. Do not edit.
export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness of the integration API */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example ok */
                            status?: string;
                        };
                    };
                };
                401: components["responses"]["Unauthorized"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look a user up by syned_user_id (use before creating, for idempotency) */
        get: {
            parameters: {
                query: {
                    syned_user_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The user */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Same as 200 (declared by the vendor for some GETs) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                401: components["responses"]["Unauthorized"];
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
            };
        };
        put?: never;
        /** Create a competitor (role user) or coach (role coach) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                401: components["responses"]["Unauthorized"];
                /**
                 * @description ASSUMED. `{"detail":"User already exists"}` when syned_user_id is already registered
                 *     (idempotent replay: look the user up and carry on), or
                 *     `{"detail":"Email already registered"}` when another account owns the email
                 *     (needs a person: surface it as an actionable error).
                 */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                422: components["responses"]["ValidationError"];
                429: components["responses"]["RateLimited"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/send_password_reset_email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the platform's password-reset email to a user (optional feature; not in the Dec-2024 spec) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        syned_user_id: string;
                    };
                };
            };
            responses: {
                /** @description Sent */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example sent */
                            status?: string;
                        };
                    };
                };
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
            };
        };
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
        get?: never;
        put?: never;
        /** Create a team. The coach must already exist on the platform as a user with role coach. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TeamCreate"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description Coach not found on the platform */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description ASSUMED. syned_team_id already exists (idempotent replay) */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                422: components["responses"]["ValidationError"];
                429: components["responses"]["RateLimited"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/teams/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete a team; only allowed when it has no members. There is no team-update endpoint. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        syned_team_id: string;
                    };
                };
            };
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example deleted */
                            status?: string;
                        };
                    };
                };
                404: components["responses"]["NotFound"];
                /** @description Team still has members */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                429: components["responses"]["RateLimited"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/assign_team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put a user on a team. A user is on at most one team: assigning moves them.
         *     ASSUMED: `syned_team_id: null` removes the user from their team (the notes list no unassign endpoint).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        syned_user_id: string;
                        syned_team_id: string | null;
                    };
                };
            };
            responses: {
                /** @description Assigned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assignment"];
                    };
                };
                /** @description User or team not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                429: components["responses"]["RateLimited"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/get_team_assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current roster assignments, for one team or (no parameter) for all teams of this integration */
        get: {
            parameters: {
                query?: {
                    syned_team_id?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Declared 201 by the vendor although it is a GET */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assignments: components["schemas"]["Assignment"][];
                            total_count: number;
                        };
                    };
                };
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scores/get_odl_scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * On-demand-lab (ODL) challenge solves and totals of one user
         * @description With after_time_unix, only solves with timestamp_unix > after_time_unix are returned, AND the
         *     aggregate fields are computed over those returned solves only (so they are NOT totals):
         *     fetch without after_time_unix to read true totals. Solves of one second can share a
         *     timestamp_unix, and a solve can become visible a little after its timestamp (vendor-side
         *     ingestion lag, up to a few minutes). Order of challenge_solves is not guaranteed.
         */
        get: {
            parameters: {
                query: {
                    syned_user_id: string;
                    after_time_unix?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Scores */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OdlScores"];
                    };
                };
                /** @description Same as 200 */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OdlScores"];
                    };
                };
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scores/get_flash_ctf_progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Flash CTF (monthly, global events) progress of one user; never filtered by time */
        get: {
            parameters: {
                query: {
                    syned_user_id: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Progress */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            syned_user_id: string;
                            flash_ctfs: components["schemas"]["FlashCtfEvent"][];
                        };
                    };
                };
                404: components["responses"]["NotFound"];
                429: components["responses"]["RateLimited"];
            };
        };
        put?: never;
        post?: never;
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
        Error: {
            detail?: string;
        };
        UserCreate: {
            first_name: string;
            last_name: string;
            /** Format: email */
            email: string;
            /** @enum {string} */
            role: "user" | "coach";
            /** @description Our competitor or coach id (UUID); the idempotency key */
            syned_user_id: string;
            /** @description ASSUMED optional */
            syned_school_id?: string | null;
            /** @description ASSUMED optional */
            syned_region_id?: string | null;
        };
        User: {
            syned_user_id: string;
            metactf_user_id: number;
            metactf_username: string;
            /** @description ASSUMED values: pending_invite, active, disabled */
            metactf_user_status: string;
            first_name?: string;
            last_name?: string;
            email?: string;
            /** @enum {string} */
            role?: "user" | "coach";
            syned_team_id?: string | null;
        };
        TeamCreate: {
            syned_team_id: string;
            syned_coach_user_id: string;
            name: string;
            /**
             * @description ASSUMED enum
             * @enum {string}
             */
            division: "middle_school" | "high_school" | "college";
            /** @description ASSUMED: free text, e.g. the school or club name */
            affiliation: string;
        };
        Team: {
            syned_team_id: string;
            metactf_team_id: number;
            metactf_coach_id: number;
            name?: string;
            division?: string;
            affiliation?: string;
        };
        Assignment: {
            syned_user_id: string;
            syned_team_id: string | null;
            metactf_user_id?: number;
            assigned_at_unix?: number;
        };
        OdlScores: {
            syned_user_id: string;
            metactf_user_id?: number;
            challenges_completed?: number;
            total_score?: number;
            monthly_ctf_challenges?: number;
            /** @description Last time the user was active on the platform */
            last_accessed_unix?: number | null;
            challenge_solves: components["schemas"]["ChallengeSolve"][];
        };
        ChallengeSolve: {
            challenge_solve_id: number;
            challenge_id: number;
            challenge_title?: string;
            /** @description One of the platform's cybersecurity domains, e.g. web, crypto, forensics, reverse_engineering, binary_exploitation, osint, networking, cryptography, linux */
            challenge_category?: string;
            challenge_points?: number;
            timestamp_unix: number;
        };
        FlashCtfEvent: {
            /** @description May be missing: derive a stable id (e.g. hash of name + started_at) when it is */
            event_id?: string | null;
            name: string;
            description?: string | null;
            challenges_solved?: number;
            score?: number;
            rank?: number | null;
            /** Format: date-time */
            started_at?: string;
            /** Format: date-time */
            ended_at?: string | null;
        };
    };
    responses: {
        /** @description Missing or invalid token */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many requests */
        RateLimited: {
            headers: {
                /** @description Seconds to wait */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description FastAPI validation error */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": {
                    detail?: {
                        loc?: unknown[];
                        msg?: string;
                        type?: string;
                    }[];
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
