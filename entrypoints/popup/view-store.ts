import { create } from 'zustand';
import type { TierId } from '@/lib/tiers';

export type PopupTab = 'reply' | 'health' | 'orders' | 'customers';

/** The views inside the Customers tab. */
export type CustomersView = 'tiers' | 'reviews' | 'repurchase';

interface ViewState {
  tab: PopupTab;
  setTab: (tab: PopupTab) => void;
  customersView: CustomersView;
  setCustomersView: (view: CustomersView) => void;
  /** The tier listed in the Tiers view. */
  tier: TierId;
  setTier: (tier: TierId) => void;
  /** The search in the Tiers view (a non-empty one replaces the tier's list). */
  customerQuery: string;
  setCustomerQuery: (query: string) => void;
  /** The customer whose card is open, by key (never shown). */
  openCustomer: string | undefined;
  setOpenCustomer: (key: string | undefined) => void;
}

/** View state only: what the popup shows comes from the store through liveQuery. */
export const useView = create<ViewState>((set) => ({
  tab: 'reply',
  setTab: (tab) => set({ tab }),
  customersView: 'tiers',
  setCustomersView: (customersView) => set({ customersView }),
  tier: 'high-value',
  setTier: (tier) => set({ tier }),
  customerQuery: '',
  setCustomerQuery: (customerQuery) => set({ customerQuery }),
  openCustomer: undefined,
  setOpenCustomer: (openCustomer) => set({ openCustomer }),
}));
