/**
 * The option "keep the logged method" of a choice assumption (aggregation, normaliser, imputation): in its own file
 * so the replication model (and the worker threads that load it) need not import the zod schemas.
 */
export const NOMINAL = 'nominal';
