import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureBrowser } from '../../scripts/browser/ensure-browser';
import { EXTENSION_DIR } from './harness';

declare module 'vitest' {
  export interface ProvidedContext {
    chromePath: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first (npm test does).`);
  }
  project.provide('chromePath', await ensureBrowser((line) => console.log(line)));
}
