export interface AgingBar {
  label: string;
  /** Minor units. */
  value: number;
  /** Shown on the bar and read out by screen readers. */
  text: string;
  tone: 'calm' | 'warn' | 'late' | 'later' | 'latest';
}

/**
 * One currency's aging balance as horizontal bars, plain SVG. Every figure is also in the
 * table beside it; the chart is a picture of it (`role=img` with a summary).
 */
export function AgingChart({ title, bars }: { title: string; bars: AgingBar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 110;
  const width = 520;
  const barSpace = width - labelWidth - 130;
  return (
    <svg
      className="aging-chart"
      viewBox={`0 0 ${width} ${bars.length * rowHeight}`}
      role="img"
      aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.text}`).join(', ')}`}
    >
      {bars.map((bar, i) => {
        const y = i * rowHeight;
        const w = Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * barSpace);
        return (
          <g key={bar.label}>
            <text x={0} y={y + 18} className="label">
              {bar.label}
            </text>
            <rect x={labelWidth} y={y + 5} width={w} height={rowHeight - 10} rx={3} className={`bar ${bar.tone}`} />
            <text x={labelWidth + w + 6} y={y + 18} className="value">
              {bar.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
