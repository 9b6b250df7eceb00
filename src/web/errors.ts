/**
 * One error type for the web layer and one JSON shape for every error: {"error": {"code", "message"}}, never a
 * stack trace. Unexpected errors become 500 "internal" with a generic message (the detail goes to the server log).
 * A request the client aborted (a download cut off, an upload interrupted) is not an error: nothing is logged and
 * the response is just ended. A foreign-key violation that got past a route's checks is the client naming
 * something that does not exist: 400 "invalid_reference".
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { InputError } from '../errors.js';
import { PublishError, type PublishFailure } from '../ratings/publish.js';

export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} not found`, 404);

const PUBLISH_STATUS: Record<PublishFailure, number> = {
  not_found: 404,
  not_draft: 409,
  not_published: 409,
  reason_required: 400,
  headline_choice_required: 409,
};

/** Errors that mean the client went away mid-request (socket reset, body cut short, premature close). */
const ABORT_CODES = new Set(['ECONNABORTED', 'ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);

function isClientAbort(error: unknown, res: Response): boolean {
  const e = error as { code?: unknown; type?: unknown } | null;
  return (
    e?.type === 'request.aborted' ||
    (typeof e?.code === 'string' && ABORT_CODES.has(e.code)) ||
    res.destroyed ||
    res.socket?.destroyed === true
  );
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if ((error as { code?: unknown })?.code === '23503') {
    return new AppError(
      'invalid_reference',
      'the request names something that does not exist (e.g. an unknown region code)',
      400,
    );
  }
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
    if (isClientAbort(error, res)) {
      if (!res.writableEnded) res.end();
      return;
    }
    if (res.headersSent) {
      // The answer was already streaming: log, and end it (the client sees a cut-off body, never a second answer).
      log(`egov serve: ${(error as Error)?.stack ?? String(error)}`);
      res.end();
      return;
    }
    const appError = toAppError(error);
    if (appError.httpStatus >= 500) log(`egov serve: ${(error as Error)?.stack ?? String(error)}`);
    res
      .status(appError.httpStatus)
      .set('Cache-Control', 'no-store')
      .json({
        error: {
          code: appError.code,
          message: appError.message,
          ...(appError.details ? { details: appError.details } : {}),
        },
      });
  };
}

export const apiNotFound: RequestHandler = (req) => {
  throw notFound(`route ${req.method} ${req.originalUrl.split('?')[0]}`);
};
