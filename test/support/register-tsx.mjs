// `node --import <absolute path of this file> x.ts`: registers tsx from the project's node_modules, so a child process
// runs TypeScript sources whatever its working directory (`--import tsx` resolves from the working directory).
import { register } from 'tsx/esm/api';

register();
