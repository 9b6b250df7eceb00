/** The ordered list of migrations. Add a new file as NNNN-name.ts and one line here; never edit a released one. */
import type { Migration } from 'kysely';
import * as m0001 from './0001-reference.js';
import * as m0002 from './0002-ingest.js';
import * as m0003 from './0003-applications.js';
import * as m0004 from './0004-ratings.js';
import * as m0005 from './0005-access.js';
import * as m0006 from './0006-cell-corrections.js';
import * as m0007 from './0007-run-artifact.js';
import * as m0008 from './0008-audit-hardening.js';
import * as m0009 from './0009-ingest-audit-in-transaction.js';
import * as m0010 from './0010-campaign.js';
import * as m0011 from './0011-coherence-flag-kinds.js';
import * as m0012 from './0012-run-programme-figures.js';
import * as m0013 from './0013-published-content.js';
import * as m0014 from './0014-headline-methodology.js';

export const MIGRATIONS: Record<string, Migration> = {
  '0001-reference': m0001,
  '0002-ingest': m0002,
  '0003-applications': m0003,
  '0004-ratings': m0004,
  '0005-access': m0005,
  '0006-cell-corrections': m0006,
  '0007-run-artifact': m0007,
  '0008-audit-hardening': m0008,
  '0009-ingest-audit-in-transaction': m0009,
  '0010-campaign': m0010,
  '0011-coherence-flag-kinds': m0011,
  '0012-run-programme-figures': m0012,
  '0013-published-content': m0013,
  '0014-headline-methodology': m0014,
};
