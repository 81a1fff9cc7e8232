/** A small trend line; the numbers stay readable in its accessible name. */
export function Sparkline({ points, label }: { points: { at: number; value: number }[]; label: string }) {
  if (points.length < 2) return null;
  const width = 72;
  const height = 18;
  const xs = points.map((p) => p.at);
  const ys = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const x = (v: number) => (x1 === x0 ? width : ((v - x0) / (x1 - x0)) * width);
  const y = (v: number) => (y1 === y0 ? height / 2 : height - 2 - ((v - y0) / (y1 - y0)) * (height - 4));
  const path = points.map((p) => `${x(p.at).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  return (
    <svg
      className="sl-sparkline"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${label}: ${ys.join(', ')}`}
    >
      <polyline points={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
