/**
 * Version 4: customers gain `tierActivity` (tier-activity.ts), so that a tier's latest
 * customers are an index range instead of a walk over every customer more recent than them
 * (57 ms for the churn-risk tier at 10,000 customers). Pure: one record in, one record out.
 */
import type { StoredCustomer } from '../schema';
import { withTierActivity } from '../tier-activity';

export function addTierActivity(customer: StoredCustomer): StoredCustomer {
  return withTierActivity(customer);
}
