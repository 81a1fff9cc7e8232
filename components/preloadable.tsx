/**
 * A component whose code loads on demand, and can be loaded ahead of need. React.lazy alone
 * suspends on its first render even when the module is already in memory, and React 19 then
 * keeps the fallback up for about 300 ms (its Suspense reveal throttle): a tab the seller
 * opens would wait a third of a second on nothing. Once `preload()` has resolved, the
 * component renders directly, with nothing to suspend on.
 */
import { type ComponentType, type JSX, lazy } from 'react';

export interface Preloadable<P> {
  /** Renders the loaded component; suspends (inside the caller's Suspense) only before it is. */
  Component: (props: P & JSX.IntrinsicAttributes) => JSX.Element;
  /** Loads the code once; every call returns the same promise. */
  preload: () => Promise<ComponentType<P>>;
  /** True once the code is in: rendering will not suspend. */
  isLoaded: () => boolean;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // A failed load (an extension updated under an open popup) may be tried again.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Component(props: P & JSX.IntrinsicAttributes) {
    // `loaded` is set before lazy's own promise settles, so a boundary that suspended renders
    // the loaded component when it retries: Lazy never commits, and nothing remounts later.
    const Loaded = loaded ?? Lazy;
    return <Loaded {...props} />;
  }
  return { Component, preload, isLoaded: () => loaded !== undefined };
}
