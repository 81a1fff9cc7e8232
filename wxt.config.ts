import { defineConfig } from 'wxt';
import { SELLER_CENTRAL_HOSTS } from './lib/locale/marketplaces';
import { stripRuleExamples } from './scripts/build/strip-rule-examples';

/**
 * The public half of SellerLens's signing key: it fixes the extension id
 * (inpjgpbjenfegllbcoompjajeiipkglh) on every machine, so that tests, the demo and a
 * seller's unpacked install agree. The Chrome Web Store assigns its own key, so store zips
 * (SELLERLENS_STORE=1, set by `npm run zip`) leave it out.
 */
const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn7MHqK08i6sKizZptF9ykfsvAfoXhjQehwhyiJ9fBpG579' +
  'w9BMJFIxCF7DDa6+PsW0hTBq5aOUfdNMORB71Lvc47KAW61VvSUQy0l7rhRnNSQmbK6VhGN8TUDTo/WxLtp9U7ieFi' +
  '60SUqdK6EsHBmEkmOPdL0KzUOV4pCMvqofd/F6FAlNK8+Vuf8fVcI14bYRDGDWZDfmYQcF+zPEnP5ldfrFdzL3rLZJ' +
  '9en00sUxqpZfUPHS1Ul/O6sylZpyO5G9/xoBHh4DNmpUmlHWDEmC7vyWlps2Wjetwbiqe+4RbF7Jkl7fl0MgaMYnSf' +
  'P05+BIjV7YGg2vwnNWuv2ZhFcQIDAQAB';

export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [stripRuleExamples()] }),
  manifest: ({ browser }) => ({
    name: 'SellerLens',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    optional_permissions: ['notifications'],
    host_permissions: SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/*`),
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'chrome' && !process.env.SELLERLENS_STORE ? { key: PUBLIC_KEY } : {}),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'sellerlens@sellerlens.app' } } }
      : {}),
  }),
});
