// Errors the core raises on purpose. Their message is shown to the user, so it is written for
// them; anything else that escapes a handler is reported as a generic internal error.

import type { ErrorCode } from '../../shared/contract.ts';

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}
