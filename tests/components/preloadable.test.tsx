/**
 * preloadable: a lazily loaded component that, once preloaded, renders without suspending
 * (React 19 would otherwise hold a fallback up for its reveal throttle, ~300 ms).
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense, useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { preloadable } from '@/components/preloadable';

let mounts = 0;
function Greeting({ name }: { name: string }) {
  const [first] = useState(name);
  useEffect(() => {
    mounts += 1;
  }, []);
  return (
    <p data-testid="greeting" data-first={first}>
      {name}
    </p>
  );
}

const inSuspense = (node: React.ReactNode) => (
  <Suspense fallback={<p data-testid="fallback" />}>{node}</Suspense>
);

describe('preloadable', () => {
  it('renders a preloaded component in the first commit, with no fallback', async () => {
    const load = vi.fn(async () => Greeting);
    const { Component, preload, isLoaded } = preloadable(load);
    expect(isLoaded()).toBe(false);
    await preload();
    expect(isLoaded()).toBe(true);
    // Synchronous: nothing left to wait for.
    act(() => {
      render(inSuspense(<Component name="Ava" />));
    });
    expect(screen.queryByTestId('fallback')).toBeNull();
    expect(screen.getByTestId('greeting').textContent).toBe('Ava');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads once however often it is asked', async () => {
    const load = vi.fn(async () => Greeting);
    const { preload } = preloadable(load);
    const [a, b] = await Promise.all([preload(), preload()]);
    await preload();
    expect(a).toBe(Greeting);
    expect(b).toBe(Greeting);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('suspends when rendered before loading, then keeps one instance across re-renders', async () => {
    mounts = 0;
    const { Component } = preloadable(async () => Greeting);
    const { rerender } = render(inSuspense(<Component name="Ava" />));
    expect(screen.getByTestId('fallback')).toBeTruthy();
    expect((await screen.findByTestId('greeting')).textContent).toBe('Ava');
    rerender(inSuspense(<Component name="Ben" />));
    const greeting = screen.getByTestId('greeting');
    expect(greeting.textContent).toBe('Ben');
    // Same instance: its first state survived, and it mounted once.
    expect(greeting.dataset.first).toBe('Ava');
    expect(mounts).toBe(1);
  });

  it('tries a failed load again on the next preload', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValueOnce(Greeting);
    const { preload, isLoaded } = preloadable(load);
    await expect(preload()).rejects.toThrow('chunk missing');
    expect(isLoaded()).toBe(false);
    await expect(preload()).resolves.toBe(Greeting);
    expect(isLoaded()).toBe(true);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
