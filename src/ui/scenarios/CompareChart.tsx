// A small SVG chart: mid job capacity per scenario as a bar, low–high as a whisker, and the plan's target band.
import type { ScenarioComparison } from '../../domain/scenarioCompare';
import { translator, type Lang } from '../../i18n';
import { linearScale, niceCeil } from '../chartScale';
import { formatWhole } from '../format';
import { TARGET_STATUS_KEY, formatRange } from './scenarioText';

export interface CompareChartProps {
  lang: Lang;
  comparison: ScenarioComparison;
  names: readonly string[];
}

const WIDTH = 560;
const TRACK_START = 4;
const TRACK_END = 548;
const BAR_H = 16;
const ROW_H = 50;
const AXIS_H = 26;
const COLOUR = {
  basis: '#4a5860',
  bar: '#005a8c',
  whisker: '#1f2a30',
  target: '#9b1c1c',
  ink: '#1f2a30',
  grid: '#c9d1d6',
} as const;

export function CompareChart({ lang, comparison, names }: CompareChartProps) {
  const t = translator(lang);
  const figures = comparison.scenarios;
  const max = niceCeil(Math.max(1, ...figures.flatMap((f) => [f.newJobsWithinHorizon.high, f.target?.high ?? 0])));
  const x = linearScale(max, TRACK_START, TRACK_END);
  const height = figures.length * ROW_H + AXIS_H;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((k) => k * max);
  const whole = (n: number) => formatWhole(n, lang);
  const description = figures
    .map((f, i) =>
      t('scenChartDesc', {
        name: names[i] ?? f.name,
        mid: whole(f.newJobsWithinHorizon.mid),
        low: whole(f.newJobsWithinHorizon.low),
        high: whole(f.newJobsWithinHorizon.high),
        end: f.endYear,
        target: f.target ? formatRange(f.target, lang) : t('noValue'),
        verdict: f.targetStatus ? t(TARGET_STATUS_KEY[f.targetStatus.mid]) : t('noValue'),
      }),
    )
    .join(' ');

  return (
    <figure className="scen-chart" data-testid="scenario-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-labelledby="scen-chart-title scen-chart-desc"
      >
        <title id="scen-chart-title">{t('profScenChartTitle')}</title>
        <desc id="scen-chart-desc">{description}</desc>
        <g aria-hidden="true" fontSize="12" fill={COLOUR.ink}>
          {ticks.map((v) => (
            <line key={v} x1={x(v)} x2={x(v)} y1={0} y2={height - AXIS_H + 4} stroke={COLOUR.grid} strokeWidth="1" />
          ))}
          {figures.map((f, i) => {
            const top = i * ROW_H;
            const barY = top + 20;
            const mid = barY + BAR_H / 2;
            const j = f.newJobsWithinHorizon;
            return (
              <g key={`${f.id}-${i}`} data-chart-scenario={f.id}>
                <text x={TRACK_START} y={top + 13} fontWeight="600">
                  {`${names[i] ?? f.name}: ${whole(j.mid)} (${whole(j.low)}–${whole(j.high)})`}
                </text>
                <rect
                  x={TRACK_START}
                  y={barY}
                  width={Math.max(0, x(j.mid) - TRACK_START)}
                  height={BAR_H}
                  fill={i === 0 ? COLOUR.basis : COLOUR.bar}
                />
                {f.target ? (
                  <rect
                    data-chart-target=""
                    x={x(f.target.low)}
                    y={barY - 3}
                    width={Math.max(1, x(f.target.high) - x(f.target.low))}
                    height={BAR_H + 6}
                    fill={COLOUR.target}
                    fillOpacity="0.22"
                    stroke={COLOUR.target}
                    strokeWidth="1.5"
                    strokeDasharray="4 2"
                  />
                ) : null}
                <line x1={x(j.low)} x2={x(j.high)} y1={mid} y2={mid} stroke={COLOUR.whisker} strokeWidth="2" />
                <line x1={x(j.low)} x2={x(j.low)} y1={mid - 6} y2={mid + 6} stroke={COLOUR.whisker} strokeWidth="2" />
                <line x1={x(j.high)} x2={x(j.high)} y1={mid - 6} y2={mid + 6} stroke={COLOUR.whisker} strokeWidth="2" />
              </g>
            );
          })}
          {ticks.map((v, k) => (
            <text
              key={v}
              x={x(v)}
              y={height - 6}
              textAnchor={k === 0 ? 'start' : k === ticks.length - 1 ? 'end' : 'middle'}
            >
              {whole(v)}
            </text>
          ))}
        </g>
      </svg>
      <figcaption className="scen-chart__legend">
        <span>
          <span className="scen-key scen-key--bar" aria-hidden="true" /> {t('scenChartLegendBar')}
        </span>
        <span>
          <span className="scen-key scen-key--whisker" aria-hidden="true" /> {t('scenChartLegendWhisker')}
        </span>
        <span>
          <span className="scen-key scen-key--target" aria-hidden="true" /> {t('profScenChartLegendTarget')}
        </span>
      </figcaption>
    </figure>
  );
}
