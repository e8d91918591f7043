import { chartDescription, chartScale, type ScorePoint } from "../content/sums";
import type { ScorecardField } from "../content/types";
import { useWords } from "../ui/words";
import { lowerFirst } from "./list-input";

const HEIGHT = 240;
const TOP = 24;
const BOTTOM = 58;
const LEFT = 44;
const SLOT = 72;

/** Shortens a month's name to fit under its bar. */
function fit(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The recommend score of each month as a bar above or below the zero line. The picture is one
 * image to a screen reader, named by its title and every month's score; the table above it
 * holds the same numbers.
 */
export function ScoreChart({
  field,
  points,
}: {
  field: ScorecardField;
  points: readonly ScorePoint[];
}) {
  const say = useWords();
  if (points.length === 0)
    return (
      <p className="empty-note">
        {say.fill(say.more.numbers.chartWaiting, {
          chart: lowerFirst(field.chartTitle, say.info.tag),
        })}
      </p>
    );
  const { low, high, ticks } = chartScale(points);
  const width = Math.max(320, LEFT + points.length * SLOT + 8);
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + ((high - v) / (high - low)) * plot;
  const barWidth = Math.min(44, SLOT * 0.6);
  // Right to left, the chart is turned round: the scale on the right, the months from it.
  const rtl = say.info.dir === "rtl";
  const across = (x: number, w = 0) => (rtl ? width - x - w : x);
  return (
    <figure className="score-chart">
      <figcaption className="chart-title">{field.chartTitle}</figcaption>
      <svg
        role="img"
        aria-label={chartDescription(field, points, say)}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        style={{ maxWidth: `${width * 1.25}px` }}
      >
        {ticks.map((t) => (
          <g key={t} className={t === 0 ? "axis zero" : "axis"}>
            <line x1={across(LEFT)} x2={across(width - 4)} y1={y(t)} y2={y(t)} />
            <text
              x={across(LEFT - 6)}
              y={y(t) + 4}
              textAnchor={rtl ? "start" : "end"}
              direction="ltr"
            >
              {t > 0 ? `+${t}` : t < 0 ? `−${-t}` : "0"}
            </text>
          </g>
        ))}
        {points.map((p, i) => {
          const x = across(LEFT + i * SLOT + (SLOT - barWidth) / 2, barWidth);
          const top = Math.min(y(p.value), y(0));
          const centre = x + barWidth / 2;
          return (
            <g key={i} className={p.value < 0 ? "bar below" : "bar"}>
              <rect x={x} y={top} width={barWidth} height={Math.abs(y(p.value) - y(0))} />
              <text
                className="bar-value"
                x={centre}
                y={p.value < 0 ? y(p.value) + 15 : y(p.value) - 6}
                textAnchor="middle"
                direction="ltr"
                unicodeBidi="embed"
              >
                {p.text}
              </text>
              <text className="bar-month" x={centre} y={HEIGHT - 12} textAnchor="middle">
                {fit(p.month, 9)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
