// Console tables for the build script: per-site metrics and area sums per region and status.
import type { SiteMetrics } from './validate.ts';
import { ABC_TYPES } from '../../src/domain/types.ts';

const pad = (s: string | number, n: number) => String(s).padEnd(n).slice(0, n);
const num = (x: number, d = 1) => x.toFixed(d).padStart(7);

export function siteTable(metrics: readonly SiteMetrics[]): string {
  const lines = [
    `${pad('id', 4)} ${pad('name', 44)} ${pad('status', 12)} abc ${pad('readiness', 14)} ${'daa'.padStart(7)} ${pad('region', 10)} ${'regM'.padStart(6)} ${'landM'.padStart(6)} nearest hub (centroid)`,
  ];
  for (const m of metrics) {
    lines.push(
      `${pad(m.id, 4)} ${pad(m.name, 44)} ${pad(m.status, 12)} ${pad(m.abc, 3)} ${pad(m.readiness, 14)} ${num(m.areaDaa)} ${pad(m.region ?? '-', 10)} ` +
        `${m.regionMarginM.toFixed(0).padStart(6)} ${m.landMarginM.toFixed(0).padStart(6)} ${m.nearestHub} ${m.nearestHubM.toFixed(0)} m`,
    );
  }
  return lines.join('\n');
}

export function sumTable(metrics: readonly SiteMetrics[]): string {
  const regions = [...new Set(metrics.map((m) => m.region ?? '-'))].sort();
  const statuses = ['eksisterende', 'fremtidig'];
  const lines = [`${pad('region', 12)} ${statuses.map((s) => s.padStart(13)).join(' ')} ${'sum'.padStart(9)} ${'sites'.padStart(6)}`];
  const sum = (f: (m: SiteMetrics) => boolean) => metrics.filter(f).reduce((a, m) => a + m.areaDaa, 0);
  for (const r of [...regions, 'total']) {
    const inR = (m: SiteMetrics) => r === 'total' || (m.region ?? '-') === r;
    lines.push(
      `${pad(r, 12)} ${statuses.map((s) => num(sum((m) => inR(m) && m.status === s)).padStart(13)).join(' ')} ${num(sum(inR)).padStart(9)} ${String(metrics.filter(inR).length).padStart(6)}`,
    );
  }
  const abc = ABC_TYPES.map((t) => `${t}: ${sum((m) => m.abc === t).toFixed(1)} daa (${metrics.filter((m) => m.abc === t).length})`).join(', ');
  return `${lines.join('\n')}\nby ABC: ${abc}`;
}
