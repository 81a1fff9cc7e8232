import { create } from 'zustand';

export type PopupTab = 'reply' | 'health' | 'orders';

interface ViewState {
  tab: PopupTab;
  setTab: (tab: PopupTab) => void;
}

/** View state only: what the popup shows comes from the store through liveQuery. */
export const useView = create<ViewState>((set) => ({
  tab: 'reply',
  setTab: (tab) => set({ tab }),
}));
