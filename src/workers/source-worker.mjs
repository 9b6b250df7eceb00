// Worker-thread entry when the project runs from its TypeScript sources (tests and benches under jest or tsx): registers
// the TypeScript loader in this thread, then loads the worker module named by the first argument (a file URL of a .ts
// file). The compiled program (dist/) never comes here: its workers start on their .js module directly.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
