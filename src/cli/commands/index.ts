import type { RegisterCommand } from './register.js';
import { registerAnalyse } from './analyse.js';
import { registerDemo } from './demo.js';
import { registerExport } from './export.js';
import { registerIngest } from './ingest.js';
import { registerProgramme } from './programme.js';
import { registerPublish } from './publish.js';
import { registerRate } from './rate.js';
import { registerReference } from './reference.js';
import { registerScore } from './score.js';
import { registerServe } from './serve.js';
import { registerToken } from './token.js';

export const COMMANDS: readonly RegisterCommand[] = [
  registerReference, registerDemo, registerIngest, registerScore, registerRate, registerAnalyse,
  registerExport, registerPublish, registerServe, registerToken, registerProgramme,
];
