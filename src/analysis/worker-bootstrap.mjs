// Worker-thread entry point in plain JavaScript: registers the TypeScript loader (as bin/egov.js does), then loads
// the TypeScript worker. Works whether the parent runs under tsx, plain node or jest.
import { register } from 'tsx/esm/api';

register();
await import('./evaluation-worker.ts');
