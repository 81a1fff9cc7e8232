/**
 * Bundles a module into one minified classic script for a page (an IIFE that sets
 * `window[name]`): how the bench, the fuzz test and the blind scorer put the real readers,
 * schema and store into Chromium. `root` is the checkout `@/` resolves to.
 */
import { join } from 'node:path';
import { build } from 'vite';

const ROOT = join(import.meta.dirname, '../..');

export async function pageScript(entry: string, name: string, root = ROOT): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      // Parsed once per page: minified, it loads in a fraction of the time.
      minify: true,
      lib: { entry, formats: ['iife'], name, fileName: name },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  const chunk = first && 'output' in first ? first.output[0] : undefined;
  if (!chunk || !('code' in chunk)) throw new Error(`${name}: bundle failed`);
  return chunk.code;
}
