/**
 * A page of orders covers a stretch of time (the list is sorted by date), so which of its
 * orders are stored can be asked with a few index range reads instead of one read per order.
 * These are the stretches: the page's purchase times grouped where they lie within `margin`
 * of each other, each widened by `margin`. Undefined when the times are too scattered for a
 * few reads to cover them (a search result across years): the caller then reads each order.
 */
export interface TimeWindow {
  from: number;
  to: number;
}

export function timeWindows(
  times: readonly number[],
  margin: number,
  maxWindows: number,
): TimeWindow[] | undefined {
  const sorted = times.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length !== times.length || sorted.length === 0) return undefined;
  const windows: TimeWindow[] = [];
  for (const t of sorted) {
    const last = windows[windows.length - 1];
    if (last && t - margin <= last.to) last.to = t + margin;
    else windows.push({ from: t - margin, to: t + margin });
    if (windows.length > maxWindows) return undefined;
  }
  return windows;
}
