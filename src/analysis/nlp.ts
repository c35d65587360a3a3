// compromise, loaded from its single-file CommonJS build: one file instead of a few hundred ES
// modules, about 0.3 s less of the server's cold start (`npm run bench`, cold start). The same
// version and code as `import nlp from "compromise"`. The Action and Lambda bundles swap this
// module for that plain import (scripts/build-action.ts), since esbuild bundles compromise anyway.
import { createRequire } from "node:module";
import type compromise from "compromise";

const nlp: typeof compromise = createRequire(import.meta.url)("compromise");
export default nlp;
