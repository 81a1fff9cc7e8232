/** One extension per test file: the browser path comes from the global setup. */
import { afterAll, beforeAll, inject } from 'vitest';
import { type Harness, type LaunchOptions, launchExtension } from './harness';

export function useExtension(options: Omit<LaunchOptions, 'executablePath'> = {}): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await launchExtension({ ...options, executablePath: inject('chromePath') });
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error('the extension has not been launched');
    return harness;
  };
}
