/**
 * Runs each overlay feature in isolation (after refined-github): a feature that throws is
 * logged and skipped, and never stops another feature or breaks the page.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface Feature {
  id: string;
  start(ctx: ContentScriptContext): void;
}

export function runFeatures(ctx: ContentScriptContext, features: readonly Feature[]): void {
  for (const feature of features) {
    try {
      feature.start(ctx);
    } catch (error) {
      console.warn(`SellerLens: feature ${feature.id} failed to start`, error);
    }
  }
}
