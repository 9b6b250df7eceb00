/**
 * POST /api/v1/ingest?period=P&kind=K — upload one file (raw body, name in X-File-Name) to ingest, through the
 * `ingest` port (src/web/ingest-adapter.ts by default; tests may inject another). A file with rejected rows answers
 * 422 with the rejects and stores nothing. Audit: a committed batch is audited by the database in the ingest's own
 * transaction (`ingest.commit`, migration 0008); a refused upload — rejected rows (`ingest.reject`) or a refused
 * request, body (413 over 20 MB) or file (`ingest.refuse`, with the error code) — gets its own audit row, since
 * nothing else is written.
 */
import { Router, raw, type Request, type RequestHandler, type Response } from 'express';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/tables.js';
import { actorOf } from '../../auth/principal.js';
import { recordAudit } from '../../auth/audit.js';
import { principalOf, requireAnalyst } from '../authenticate.js';
import { AppError } from '../errors.js';
import { parsePeriod } from './read-api.js';
import { uploadFileName } from '../upload-file-name.js';

export const INGEST_KINDS = ['measurements', 'applications', 'targets', 'spending'] as const;
export type IngestKind = (typeof INGEST_KINDS)[number];

export interface UploadedFile {
  readonly name: string;
  readonly content: Buffer;
}
export interface IngestReject {
  readonly file: string;
  readonly line: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
}
export type IngestOutcome =
  | { readonly ok: true; readonly summary: Record<string, unknown> }
  | { readonly ok: false; readonly rowsRejected: number; readonly rejects: readonly IngestReject[] };
export type IngestPort = (
  files: readonly UploadedFile[],
  options: { period: number; kind: IngestKind; actor: string },
) => Promise<IngestOutcome>;

export const UPLOAD_LIMIT = '20mb';

export function ingestApi(db: Kysely<DB>, now: () => Date, ingest: IngestPort): Router {
  const router = Router();
  const readUpload = raw({ type: () => true, limit: UPLOAD_LIMIT });
  const refused = (req: Request, res: Response, action: string, details: Record<string, unknown>) => {
    const principal = principalOf(res);
    const bytes = Buffer.isBuffer(req.body) ? req.body.length : Number(req.headers['content-length'] ?? 0) || 0;
    return recordAudit(db, {
      actor: actorOf(principal),
      role: principal.role,
      action,
      target: `file:${String(req.headers['x-file-name'] ?? '').slice(0, 200)}`,
      details: { ...details, query: req.query, bytes },
      at: now(),
    });
  };
  // A body refused while it is read (413 over the size limit, 400/415 unreadable encoding) is a refused upload too;
  // a body the client stopped sending is not (nobody is there to refuse).
  const readAuditedUpload: RequestHandler = (req, res, next) =>
    readUpload(req, res, (error?: unknown) => {
      const e = error as { status?: unknown; type?: unknown; message?: unknown } | undefined;
      if (!e || e.type === 'request.aborted' || typeof e.status !== 'number' || e.status >= 500) return next(error);
      const code = String(e.type ?? 'bad_request').replaceAll('.', '_');
      refused(req, res, 'ingest.refuse', { code, message: String(e.message ?? '') }).then(
        () => next(error),
        (auditError: unknown) => next(auditError),
      );
    });
  router.post('/ingest', requireAnalyst, readAuditedUpload, async (req, res) => {
    const principal = principalOf(res);
    let outcome: IngestOutcome;
    try {
      outcome = await upload(req.query, req.headers['x-file-name'], req.body, actorOf(principal));
    } catch (error) {
      if (error instanceof AppError && error.httpStatus < 500)
        await refused(req, res, 'ingest.refuse', { code: error.code, message: error.message });
      throw error;
    }
    if (outcome.ok) {
      res.status(200).json(outcome.summary);
      return;
    }
    await refused(req, res, 'ingest.reject', { rejects: outcome.rowsRejected });
    res.status(422).json({
      error: { code: 'rejected_rows', message: `${outcome.rowsRejected} row(s) rejected; nothing was stored` },
      rowsRejected: outcome.rowsRejected,
      rejects: outcome.rejects,
    });
  });

  async function upload(
    query: Record<string, unknown>,
    rawName: unknown,
    body: unknown,
    actor: string,
  ): Promise<IngestOutcome> {
    const period = parsePeriod(String(query.period ?? ''));
    const kind = String(query.kind ?? 'measurements');
    if (!(INGEST_KINDS as readonly string[]).includes(kind))
      throw new AppError('bad_request', `kind must be one of ${INGEST_KINDS.join(', ')}`, 400);
    // A name of dots only ("." or "..") would name the upload folder or its parent: refused like any other bad name.
    const name = uploadFileName(rawName);
    if (name === null) {
      throw new AppError(
        'bad_request',
        'X-File-Name must name the file: letters, digits, spaces and . _ - ( ), not dots only; ' +
          "a non-ASCII name as UTF-8''<percent-encoded> (RFC 5987)",
        400,
      );
    }
    if (!Buffer.isBuffer(body) || body.length === 0)
      throw new AppError('bad_request', 'the request body must be the file', 400);
    return ingest([{ name, content: body }], { period, kind: kind as IngestKind, actor });
  }
  return router;
}
