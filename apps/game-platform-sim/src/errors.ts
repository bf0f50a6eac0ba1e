/** An HTTP error answered FastAPI-style: `{"detail": ...}` with the given status. */
export class VendorError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | ValidationIssue[],
  ) {
    super(typeof detail === 'string' ? detail : 'Validation error');
  }
}

/** One entry of a FastAPI (pydantic v2) 422 `detail` array. */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}
