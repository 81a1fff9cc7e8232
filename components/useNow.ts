import { useEffect, useState } from 'react';

/** The current time, ticking every `everyMs`: countdowns move without reading the store again. */
export function useNow(everyMs = 60_000, initial?: number): number {
  const [now, setNow] = useState(() => initial ?? Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
