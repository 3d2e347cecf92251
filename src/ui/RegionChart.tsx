// A small SVG chart of the region summary: area and new jobs within the horizon per region, and the totals against the
// plan.
import {
  ASKER_SUMMARY_TARGETS,
  planComparisons,
  type PlanComparison,
  type SummaryColumn,
  type SummaryTargets,
} from '../domain/summaryViews';
import { LOCALE, translator, type Lang, type MessageKey, type Translate } from '../i18n';
import { linearScale, niceCeil } from './chartScale';
import { SwatchList } from './SwatchList';
import { formatDaa, formatShare, formatWhole } from './format';

export interface RegionChartProps {
  lang: Lang;
  /** Region columns and the total, as from summaryColumns. */
  columns: readonly SummaryColumn[];
  /** The horizon the new jobs are counted over (the plan's target is scaled to it). */
  horizonYears: number;
  /** Its last year, for the label ("Nye innen 2045"). */
  endYear: number;
  /** The kommune's plan figures (from its profile); default Asker's. A figure it does not have is not drawn. */
  targets?: SummaryTargets;
  /** What the chart is about, e.g. "Asker nord og Asker syd"; default the regions' names. */
  title?: string;
}

const WIDTH = 400;
const LABEL_END = 86;
const BAR_START = 90;
const BAR_END = 272;
const VALUE_X = 278;
const BAR_H = 11;
/** About as many characters as fit left of the bars at this font size; a longer name goes on two lines (regionLabelLines). */
const LABEL_CHARS = 13;
/**
 * A generous width of one character of the chart's text (11.5 px; digits and spaces of the common sans fonts are
 * 0.55–0.64 em): text longer than its room at this width is laid out so that it cannot run into other text.
 */
const CHAR_PX = 7.3;
const textPx = (text: string): number => text.length * CHAR_PX;
/** A plan row's height: the labels on one line above the bar, or on two when they would meet. */
const PLAN_ROW_H = 44;
const PLAN_LINE_H = 14;

/** Whether a plan row's two labels (left and right ends of one line) would meet. */
export function planLabelsOnTwoLines([left, right]: readonly [string, string]): boolean {
  return textPx(left) + 12 + textPx(right) > WIDTH;
}

/**
 * A line of the chart's text in at most `room` px from `x` (leftwards for textAnchor end). Only text too long for its
 * room (huge numbers from a synthetic or hostile file) is squeezed to fit, so it never runs off the chart's edge.
 */
function FitText({
  x,
  y,
  room,
  text,
  end = false,
  fill,
  bold = false,
}: {
  x: number;
  y: number;
  room: number;
  text: string;
  end?: boolean;
  fill?: string;
  bold?: boolean;
}) {
  // Bold letters are about a tenth wider.
  const squeeze = textPx(text) * (bold ? 1.1 : 1) > room;
  return (
    <text
      x={x}
      y={y}
      {...(end ? { textAnchor: 'end' } : {})}
      {...(fill ? { fill } : {})}
      {...(bold ? { fontWeight: 700 } : {})}
      {...(squeeze ? { textLength: room, lengthAdjust: 'spacingAndGlyphs' } : {})}
    >
      {text}
    </text>
  );
}

/** A section's heading, in bold across the chart. */
function Heading({ y, text }: { y: number; text: string }) {
  return <FitText x={0} y={y} room={WIDTH} text={text} bold />;
}

/** The line under a section's heading that says it has nothing to draw. */
function NoneLine({ row, top, text }: { row: string; top: number; text: string }) {
  return (
    <text x="0" y={top + 11} data-chart-row={row}>
      {text}
    </text>
  );
}

/** A figure right of the bars. */
function ValueText({ y, text }: { y: number; text: string }) {
  return <FitText x={VALUE_X} y={y} room={WIDTH - VALUE_X - 2} text={text} />;
}

/**
 * A region's name as the chart draws it, in lines of at most LABEL_CHARS characters: whole on one line when it fits;
 * else on two, broken at a space ("Utenfor" / "regionene"), the second cut with «…» if it is still too long; a name
 * with no space to break at is cut on one line. `cut`: some of the name is not drawn (it is then the label's tooltip).
 */
export function regionLabelLines(text: string): { lines: [string] | [string, string]; cut: boolean } {
  const name = text.trim();
  if (name.length <= LABEL_CHARS) return { lines: [name], cut: false };
  const fit = (part: string) => (part.length > LABEL_CHARS ? `${part.slice(0, LABEL_CHARS - 1).trimEnd()}…` : part);
  const space = name.lastIndexOf(' ', LABEL_CHARS);
  if (space <= 0) return { lines: [fit(name)], cut: true };
  const rest = name.slice(space + 1).trimStart();
  return { lines: [name.slice(0, space).trimEnd(), fit(rest)], cut: rest.length > LABEL_CHARS };
}

/** Half the distance between a two-line label's baselines. */
const LABEL_HALF_GAP = 6;

/** A region's label left of its bars: one line at baseline `y`, or two around it (regionLabelLines). */
function RegionLabel({ text, y }: { text: string; y: number }) {
  const { lines, cut } = regionLabelLines(text);
  return (
    <text x={LABEL_END} y={y} textAnchor="end">
      {cut ? <title>{text}</title> : null}
      {lines.length === 1
        ? lines[0]
        : lines.map((line, i) => (
            <tspan key={i} x={LABEL_END} y={y + (i === 0 ? -LABEL_HALF_GAP : LABEL_HALF_GAP)}>
              {line}
            </tspan>
          ))}
    </text>
  );
}
const COLOUR = { existing: '#005a8c', jobs: '#4a5860', plan: '#9b1c1c', ink: '#1f2a30' } as const;
const PLAN_LABEL: Record<PlanComparison['key'], MessageKey> = {
  existingDaa: 'chartPlanExisting',
  futureDaa: 'chartPlanFuture',
  newJobs: 'chartPlanJobs',
};

export function RegionChart({
  lang,
  columns,
  horizonYears,
  endYear,
  targets = ASKER_SUMMARY_TARGETS,
  title,
}: RegionChartProps) {
  const t = translator(lang);
  const regions = columns.filter((c) => !c.isTotal);
  const total = columns.find((c) => c.isTotal);
  if (!total) return null;
  const name = (c: SummaryColumn) => c.region ?? t('regionUnknown');
  const daa = (n: number) => formatDaa(n, lang);
  const whole = (n: number) => formatWhole(n, lang);

  const areaScale = linearScale(
    niceCeil(Math.max(1, ...regions.flatMap((c) => [c.existingDaa, c.futureDaa]))),
    BAR_START,
    BAR_END,
  );
  const jobsScale = linearScale(
    niceCeil(Math.max(1, ...regions.map((c) => c.newJobsWithinHorizon.high))),
    BAR_START,
    BAR_END,
  );
  const areaRowH = 2 * BAR_H + 12;
  // A two-line name needs more height than one bar: the jobs rows then grow, their bars moved down to its middle.
  const jobsShift = regions.some((c) => regionLabelLines(name(c)).lines.length === 2) ? LABEL_HALF_GAP : 0;
  const jobsRowH = BAR_H + 12 + jobsShift;
  const comparisons = planComparisons(total, horizonYears, targets);
  const about = title ?? new Intl.ListFormat(LOCALE[lang], { type: 'conjunction' }).format(regions.map(name));
  // Each plan row's top below the heading, and their height together.
  let planHeight = 0;
  const planRows = comparisons.map((p) => {
    const label = planLabels(t, p, lang, endYear);
    const twoLines = planLabelsOnTwoLines(label);
    const row = { p, label, twoLines, top: planHeight };
    planHeight += PLAN_ROW_H + (twoLines ? PLAN_LINE_H : 0);
    return row;
  });

  // No region has a site (none loaded, or none passes the filters): a line says so under each heading.
  const noSites = regions.length === 0;
  let y = 0;
  const areaTop = (y += 18);
  y += (noSites ? 18 : regions.length * areaRowH) + 22;
  const jobsTop = (y += 18);
  y += (noSites ? 18 : regions.length * jobsRowH) + 22;
  const planTop = (y += 18);
  const height = planTop + Math.max(planHeight, comparisons.length === 0 ? 18 : 0) + 4;

  const description = [
    ...(noSites ? [`${t('chartNoSites')}.`] : []),
    ...regions.map((c) =>
      t('chartDescRegion', {
        region: name(c),
        existing: daa(c.existingDaa),
        future: daa(c.futureDaa),
        low: whole(c.newJobsWithinHorizon.low),
        high: whole(c.newJobsWithinHorizon.high),
      }),
    ),
    ...(comparisons.length > 0
      ? comparisons.map((p) => planLabels(t, p, lang, endYear).join(' '))
      : [t('profChartPlanNone')]),
  ].join(' ');

  return (
    <figure className="region-chart" data-testid="region-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="region-chart-title region-chart-desc"
        width="100%"
      >
        <title id="region-chart-title">{t('profChartTitle', { regions: about })}</title>
        <desc id="region-chart-desc">{description}</desc>
        <defs>
          <pattern id="hatch-future" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="5" stroke={COLOUR.existing} strokeWidth="2.2" />
          </pattern>
        </defs>
        <g aria-hidden="true" fontSize="11.5" fill={COLOUR.ink}>
          <Heading y={areaTop - 6} text={t('chartAreaHeading')} />
          {noSites ? <NoneLine row="area-none" top={areaTop} text={t('chartNoSites')} /> : null}
          {regions.map((c, i) => {
            const top = areaTop + i * areaRowH;
            return (
              <g key={name(c)} data-chart-row={`area-${name(c)}`}>
                <RegionLabel text={name(c)} y={top + BAR_H + 3} />
                <Bar x={BAR_START} y={top} width={areaScale(c.existingDaa) - BAR_START} fill={COLOUR.existing} />
                <ValueText y={top + BAR_H - 1} text={daa(c.existingDaa)} />
                <Bar
                  x={BAR_START}
                  y={top + BAR_H + 2}
                  width={areaScale(c.futureDaa) - BAR_START}
                  fill="url(#hatch-future)"
                />
                <ValueText y={top + 2 * BAR_H + 1} text={daa(c.futureDaa)} />
              </g>
            );
          })}
          <Heading y={jobsTop - 6} text={t('chartJobsHeading')} />
          {noSites ? <NoneLine row="jobs-none" top={jobsTop} text={t('chartNoSites')} /> : null}
          {regions.map((c, i) => {
            const top = jobsTop + i * jobsRowH + jobsShift;
            return (
              <g key={name(c)} data-chart-row={`jobs-${name(c)}`}>
                <RegionLabel text={name(c)} y={top + BAR_H - 1} />
                <Bar
                  x={BAR_START}
                  y={top}
                  width={jobsScale(c.newJobsWithinHorizon.mid) - BAR_START}
                  fill={COLOUR.jobs}
                  stroke={COLOUR.jobs}
                />
                <Whisker
                  from={jobsScale(c.newJobsWithinHorizon.low)}
                  to={jobsScale(c.newJobsWithinHorizon.high)}
                  y={top + BAR_H / 2}
                />
                <ValueText
                  y={top + BAR_H - 1}
                  text={`${whole(c.newJobsWithinHorizon.low)}–${whole(c.newJobsWithinHorizon.high)}`}
                />
              </g>
            );
          })}
          <Heading y={planTop - 6} text={t('profChartPlanHeading')} />
          {comparisons.length === 0 ? <NoneLine row="plan-none" top={planTop} text={t('profChartPlanNone')} /> : null}
          {planRows.map((r) => (
            <PlanRow key={r.p.key} comparison={r.p} top={planTop + r.top} label={r.label} twoLines={r.twoLines} />
          ))}
        </g>
      </svg>
      <figcaption>
        <SwatchList
          className="chart-legend"
          rows={[
            { key: 'existing', swatch: 'chart-key chart-key--existing', label: t('chartLegendExisting') },
            { key: 'future', swatch: 'chart-key chart-key--future', label: t('chartLegendFuture') },
            { key: 'jobs', swatch: 'chart-key chart-key--jobs', label: t('chartLegendJobs') },
            comparisons.length > 0 && {
              key: 'plan',
              swatch: 'chart-key chart-key--plan',
              label: t('profChartLegendPlan'),
            },
          ]}
        />
        <p className="muted small">
          {targets.jobs
            ? t('profChartCaption', {
                low: formatWhole(targets.jobs.newJobs20Years.low, lang),
                high: formatWhole(targets.jobs.newJobs20Years.high, lang),
              })
            : t('profChartCaptionNoJobs')}
        </p>
      </figcaption>
    </figure>
  );
}

/** [what was mapped, what the plan says]: drawn at the left and right ends of the row, read out together. */
function planLabels(t: Translate, p: PlanComparison, lang: Lang, endYear: number): [string, string] {
  const value =
    p.key === 'newJobs' ? `${formatWhole(p.low, lang)}–${formatWhole(p.high, lang)}` : formatDaa(p.value, lang);
  const plan =
    p.planLow === p.planHigh
      ? formatWhole(p.planLow, lang)
      : `${formatWhole(p.planLow, lang)}–${formatWhole(p.planHigh, lang)}`;
  return [
    t(PLAN_LABEL[p.key], { value, end: endYear }),
    t('chartPlanFigure', { plan, share: formatShare(p.shareOfPlan, lang) }),
  ];
}

function Bar({
  x,
  y,
  width,
  fill,
  stroke = COLOUR.existing,
}: {
  x: number;
  y: number;
  width: number;
  fill: string;
  stroke?: string;
}) {
  // A dark edge keeps even the hatched bar at 3:1 against the white panel (WCAG 1.4.11).
  return <rect x={x} y={y} width={Math.max(width, 1)} height={BAR_H} fill={fill} stroke={stroke} strokeWidth="1" />;
}

function Whisker({ from, to, y }: { from: number; to: number; y: number }) {
  return (
    <g stroke={COLOUR.ink} strokeWidth="1.5">
      <line x1={from} x2={to} y1={y} y2={y} />
      <line x1={from} x2={from} y1={y - 4} y2={y + 4} />
      <line x1={to} x2={to} y1={y - 4} y2={y + 4} />
    </g>
  );
}

/** One total against the plan on its own scale: the bar (jobs: mid with the low–high whisker) and the plan line or
 * band; the plan's figure at the right end of the label line, or on a line of its own under it (`twoLines`). */
function PlanRow({
  comparison: p,
  top,
  label,
  twoLines,
}: {
  comparison: PlanComparison;
  top: number;
  label: [string, string];
  twoLines: boolean;
}) {
  const scale = linearScale(niceCeil(Math.max(p.high, p.planHigh)), 0, WIDTH - 2);
  const barTop = top + 16 + (twoLines ? PLAN_LINE_H : 0);
  const planX0 = scale(p.planLow);
  const planX1 = scale(p.planHigh);
  return (
    <g data-chart-row={`plan-${p.key}`}>
      <FitText x={0} y={top + 11} room={WIDTH} text={label[0]} />
      <FitText
        x={WIDTH}
        y={top + 11 + (twoLines ? PLAN_LINE_H : 0)}
        room={WIDTH}
        text={label[1]}
        end
        fill={COLOUR.plan}
      />
      <rect x="0" y={barTop} width={WIDTH - 2} height={BAR_H} fill="#eef1f3" />
      {planX1 > planX0 ? (
        <rect
          x={planX0}
          y={barTop - 4}
          width={planX1 - planX0}
          height={BAR_H + 8}
          fill={COLOUR.plan}
          fillOpacity="0.15"
        />
      ) : null}
      {p.key === 'newJobs' ? (
        <Bar x={0} y={barTop} width={scale(p.value)} fill={COLOUR.jobs} stroke={COLOUR.jobs} />
      ) : (
        <Bar
          x={0}
          y={barTop}
          width={scale(p.value)}
          fill={p.key === 'futureDaa' ? 'url(#hatch-future)' : COLOUR.existing}
        />
      )}
      {p.key === 'newJobs' ? <Whisker from={scale(p.low)} to={scale(p.high)} y={barTop + BAR_H / 2} /> : null}
      {[planX0, ...(planX1 > planX0 ? [planX1] : [])].map((x) => (
        <line
          key={x}
          x1={x}
          x2={x}
          y1={barTop - 5}
          y2={barTop + BAR_H + 5}
          stroke={COLOUR.plan}
          strokeWidth="2.5"
          strokeDasharray="4 2"
        />
      ))}
    </g>
  );
}
