export type { PageReading } from '../messages/reading';
export {
  detectPageKind,
  isAccountHealth,
  isCompose,
  isCustomerServicePerformance,
  isMessagesInbox,
  isMessageThread,
  isOrderDetail,
  isOrdersList,
  isSignedOut,
  PAGE_PREDICATES,
} from './detect';
export { readingFingerprint } from './fingerprint';
export { readPage } from './read-page';
