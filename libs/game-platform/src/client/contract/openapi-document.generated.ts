// Generated from libs/game-platform/contract/openapi.yaml by `npm run contract:generate`. Do not edit.
import type { OpenApiDocument } from './openapi-document';

export const openapiDocument: OpenApiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Game Platform (MetaCTF) SynED integration API — contract as known",
    "version": "1.0-reconstructed",
    "description": "The vendor's REST surface that this project integrates with, reconstructed from the\nintegration notes in ../seeds (spec sections 5, 17, 19, 21, 22). The live vendor is not\nreachable from here; the project's own simulator and its client must both honour THIS file.\n\nFacts from the notes:\n  * Every path below is relative to GAME_PLATFORM_API_BASE_URL, whose production value is\n    https://api.metactf.com/integrations/syned/v1 .\n  * Every call carries `Authorization: Bearer <GAME_PLATFORM_API_TOKEN>`.\n  * Some GET endpoints answer 201 instead of 200: treat every 2xx as success.\n  * GET endpoints take query parameters (not JSON bodies).\n  * `after_time_unix` on get_odl_scores returns only solves with timestamp_unix strictly\n    greater than it. Flash CTF progress is never filtered by time.\n  * Flash CTF events are monthly and global: every user sees the same events.\n  * Teams can only be deleted when they have no members.\n  * Rate limits are NOT published. Expect 429 with a Retry-After header (seconds).\n  * The API is FastAPI-style: errors are `{\"detail\": \"...\"}`, validation errors are 422 with\n    `{\"detail\": [{\"loc\": [...], \"msg\": \"...\", \"type\": \"...\"}]}`.\n\nMarked ASSUMED below: details the notes leave open. Isolate them in the client so that a\nchange of contract touches one place.\n"
  },
  "servers": [
    {
      "url": "https://api.metactf.com/integrations/syned/v1"
    }
  ],
  "security": [
    {
      "bearer": []
    }
  ],
  "paths": {
    "/": {
      "get": {
        "summary": "Liveness of the integration API",
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "status": {
                      "type": "string",
                      "example": "ok"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/users": {
      "get": {
        "summary": "Look a user up by syned_user_id (use before creating, for idempotency)",
        "parameters": [
          {
            "name": "syned_user_id",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The user",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/User"
                }
              }
            }
          },
          "201": {
            "description": "Same as 200 (declared by the vendor for some GETs)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/User"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      },
      "post": {
        "summary": "Create a competitor (role user) or coach (role coach)",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UserCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/User"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "description": "ASSUMED. `{\"detail\":\"User already exists\"}` when syned_user_id is already registered\n(idempotent replay: look the user up and carry on), or\n`{\"detail\":\"Email already registered\"}` when another account owns the email\n(needs a person: surface it as an actionable error).\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "422": {
            "$ref": "#/components/responses/ValidationError"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/auth/send_password_reset_email": {
      "post": {
        "summary": "Send the platform's password-reset email to a user (optional feature; not in the Dec-2024 spec)",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "syned_user_id"
                ],
                "properties": {
                  "syned_user_id": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Sent",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "status": {
                      "type": "string",
                      "example": "sent"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/teams": {
      "post": {
        "summary": "Create a team. The coach must already exist on the platform as a user with role coach.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TeamCreate"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Created",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Team"
                }
              }
            }
          },
          "404": {
            "description": "Coach not found on the platform",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "409": {
            "description": "ASSUMED. syned_team_id already exists (idempotent replay)",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "422": {
            "$ref": "#/components/responses/ValidationError"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/teams/delete": {
      "post": {
        "summary": "Delete a team; only allowed when it has no members. There is no team-update endpoint.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "syned_team_id"
                ],
                "properties": {
                  "syned_team_id": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Deleted",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "status": {
                      "type": "string",
                      "example": "deleted"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Team still has members",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/users/assign_team": {
      "post": {
        "summary": "Put a user on a team. A user is on at most one team: assigning moves them.\nASSUMED: `syned_team_id: null` removes the user from their team (the notes list no unassign endpoint).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "required": [
                  "syned_user_id",
                  "syned_team_id"
                ],
                "properties": {
                  "syned_user_id": {
                    "type": "string"
                  },
                  "syned_team_id": {
                    "type": [
                      "string",
                      "null"
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Assigned",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Assignment"
                }
              }
            }
          },
          "404": {
            "description": "User or team not found",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/users/get_team_assignments": {
      "get": {
        "summary": "Current roster assignments, for one team or (no parameter) for all teams of this integration",
        "parameters": [
          {
            "name": "syned_team_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "201": {
            "description": "Declared 201 by the vendor although it is a GET",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "assignments",
                    "total_count"
                  ],
                  "properties": {
                    "assignments": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Assignment"
                      }
                    },
                    "total_count": {
                      "type": "integer"
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/scores/get_odl_scores": {
      "get": {
        "summary": "On-demand-lab (ODL) challenge solves and totals of one user",
        "description": "With after_time_unix, only solves with timestamp_unix > after_time_unix are returned, AND the\naggregate fields are computed over those returned solves only (so they are NOT totals):\nfetch without after_time_unix to read true totals. Solves of one second can share a\ntimestamp_unix, and a solve can become visible a little after its timestamp (vendor-side\ningestion lag, up to a few minutes). Order of challenge_solves is not guaranteed.\n",
        "parameters": [
          {
            "name": "syned_user_id",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "after_time_unix",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Scores",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OdlScores"
                }
              }
            }
          },
          "201": {
            "description": "Same as 200",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/OdlScores"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/scores/get_flash_ctf_progress": {
      "get": {
        "summary": "Flash CTF (monthly, global events) progress of one user; never filtered by time",
        "parameters": [
          {
            "name": "syned_user_id",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Progress",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "syned_user_id",
                    "flash_ctfs"
                  ],
                  "properties": {
                    "syned_user_id": {
                      "type": "string"
                    },
                    "flash_ctfs": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/FlashCtfEvent"
                      }
                    }
                  }
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearer": {
        "type": "http",
        "scheme": "bearer"
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "Missing or invalid token",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "Not found",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "RateLimited": {
        "description": "Too many requests",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait",
            "schema": {
              "type": "integer"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "ValidationError": {
        "description": "FastAPI validation error",
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "properties": {
                "detail": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "loc": {
                        "type": "array",
                        "items": {}
                      },
                      "msg": {
                        "type": "string"
                      },
                      "type": {
                        "type": "string"
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "properties": {
          "detail": {
            "type": "string"
          }
        }
      },
      "UserCreate": {
        "type": "object",
        "required": [
          "first_name",
          "last_name",
          "email",
          "role",
          "syned_user_id"
        ],
        "properties": {
          "first_name": {
            "type": "string",
            "minLength": 1
          },
          "last_name": {
            "type": "string",
            "minLength": 1
          },
          "email": {
            "type": "string",
            "format": "email"
          },
          "role": {
            "type": "string",
            "enum": [
              "user",
              "coach"
            ]
          },
          "syned_user_id": {
            "type": "string",
            "description": "Our competitor or coach id (UUID); the idempotency key"
          },
          "syned_school_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "ASSUMED optional"
          },
          "syned_region_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "ASSUMED optional"
          }
        }
      },
      "User": {
        "type": "object",
        "required": [
          "syned_user_id",
          "metactf_user_id",
          "metactf_username",
          "metactf_user_status"
        ],
        "properties": {
          "syned_user_id": {
            "type": "string"
          },
          "metactf_user_id": {
            "type": "integer"
          },
          "metactf_username": {
            "type": "string"
          },
          "metactf_user_status": {
            "type": "string",
            "description": "ASSUMED values: pending_invite, active, disabled"
          },
          "first_name": {
            "type": "string"
          },
          "last_name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "role": {
            "type": "string",
            "enum": [
              "user",
              "coach"
            ]
          },
          "syned_team_id": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "TeamCreate": {
        "type": "object",
        "required": [
          "syned_team_id",
          "syned_coach_user_id",
          "name",
          "division",
          "affiliation"
        ],
        "properties": {
          "syned_team_id": {
            "type": "string"
          },
          "syned_coach_user_id": {
            "type": "string"
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "division": {
            "type": "string",
            "description": "ASSUMED enum",
            "enum": [
              "middle_school",
              "high_school",
              "college"
            ]
          },
          "affiliation": {
            "type": "string",
            "description": "ASSUMED: free text, e.g. the school or club name",
            "maxLength": 200
          }
        }
      },
      "Team": {
        "type": "object",
        "required": [
          "syned_team_id",
          "metactf_team_id",
          "metactf_coach_id"
        ],
        "properties": {
          "syned_team_id": {
            "type": "string"
          },
          "metactf_team_id": {
            "type": "integer"
          },
          "metactf_coach_id": {
            "type": "integer"
          },
          "name": {
            "type": "string"
          },
          "division": {
            "type": "string"
          },
          "affiliation": {
            "type": "string"
          }
        }
      },
      "Assignment": {
        "type": "object",
        "required": [
          "syned_user_id",
          "syned_team_id"
        ],
        "properties": {
          "syned_user_id": {
            "type": "string"
          },
          "syned_team_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "metactf_user_id": {
            "type": "integer"
          },
          "assigned_at_unix": {
            "type": "integer"
          }
        }
      },
      "OdlScores": {
        "type": "object",
        "required": [
          "syned_user_id",
          "challenge_solves"
        ],
        "properties": {
          "syned_user_id": {
            "type": "string"
          },
          "metactf_user_id": {
            "type": "integer"
          },
          "challenges_completed": {
            "type": "integer"
          },
          "total_score": {
            "type": "integer"
          },
          "monthly_ctf_challenges": {
            "type": "integer"
          },
          "last_accessed_unix": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Last time the user was active on the platform"
          },
          "challenge_solves": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChallengeSolve"
            }
          }
        }
      },
      "ChallengeSolve": {
        "type": "object",
        "required": [
          "challenge_solve_id",
          "challenge_id",
          "timestamp_unix"
        ],
        "properties": {
          "challenge_solve_id": {
            "type": "integer"
          },
          "challenge_id": {
            "type": "integer"
          },
          "challenge_title": {
            "type": "string"
          },
          "challenge_category": {
            "type": "string",
            "description": "One of the platform's cybersecurity domains, e.g. web, crypto, forensics, reverse_engineering, binary_exploitation, osint, networking, cryptography, linux"
          },
          "challenge_points": {
            "type": "integer"
          },
          "timestamp_unix": {
            "type": "integer"
          }
        }
      },
      "FlashCtfEvent": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "event_id": {
            "type": [
              "string",
              "null"
            ],
            "description": "May be missing: derive a stable id (e.g. hash of name + started_at) when it is"
          },
          "name": {
            "type": "string"
          },
          "description": {
            "type": [
              "string",
              "null"
            ]
          },
          "challenges_solved": {
            "type": "integer"
          },
          "score": {
            "type": "integer"
          },
          "rank": {
            "type": [
              "integer",
              "null"
            ]
          },
          "started_at": {
            "type": "string",
            "format": "date-time"
          },
          "ended_at": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      }
    }
  }
};
