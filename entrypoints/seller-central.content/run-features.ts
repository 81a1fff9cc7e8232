/**
 * Runs each overlay feature in isolation (after refined-github): a feature that throws is
 * logged and skipped, and never stops another feature or breaks the page. Every feature gets
 * the tab's one page session: none of them observes or reads the page itself.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSession } from '@/lib/inline/page-session';

export interface Feature<Session = PageSession> {
  id: string;
  start(ctx: ContentScriptContext, session: Session): void;
}

export function runFeatures<Session>(
  ctx: ContentScriptContext,
  session: Session,
  features: readonly Feature<Session>[],
): void {
  for (const feature of features) {
    try {
      feature.start(ctx, session);
    } catch (error) {
      console.warn(`SellerLens: feature ${feature.id} failed to start`, error);
    }
  }
}
