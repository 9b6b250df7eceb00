/**
 * One error type for the web layer and one JSON shape for every error: {"error": {"code", "message"}}, never a
 * stack trace. Unexpected errors become 500 "internal" with a generic message (the detail goes to the server log).
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { InputError } from '../errors.js';
import { PublishError, type PublishFailure } from '../ratings/publish.js';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(readonly code: string, message: string, readonly httpStatus: number, readonly details?: unknown) {
    super(message);
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`, 404);

const PUBLISH_STATUS: Record<PublishFailure, number> = { not_found: 404, not_draft: 409, not_published: 409, reason_required: 400 };

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof PublishError) return new AppError(error.code, error.message, PUBLISH_STATUS[error.code]);
  if (error instanceof InputError) return new AppError('bad_request', error.message, 400);
  const status = (error as { status?: unknown; type?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // body-parser errors: entity.too.large (413), entity.parse.failed (400), …
    const type = String((error as { type?: unknown }).type ?? 'bad_request').replaceAll('.', '_');
    return new AppError(type, (error as Error).message, status);
  }
  return new AppError('internal', 'internal server error', 500);
}

export function errorMiddleware(log: (message: string) => void): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const appError = toAppError(error);
    if (appError.httpStatus >= 500) log(`egov serve: ${(error as Error)?.stack ?? String(error)}`);
    res.status(appError.httpStatus).set('Cache-Control', 'no-store')
      .json({ error: { code: appError.code, message: appError.message, ...(appError.details ? { details: appError.details } : {}) } });
  };
}

export const apiNotFound: RequestHandler = (req) => {
  throw notFound(`route ${req.method} ${req.originalUrl.split("?")[0]}`);
};
