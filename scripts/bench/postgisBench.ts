// The report CLI beside an indexed PostGIS on border-heavy data: the work of scripts/bench-postgis.ts (which
// describes it) as a function, so `npm run bench` can run it too when a database is there.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { makeBorderData } from './borderData.ts';
import { childCpuMs } from './childCpu.ts';
import { ogrToPostgis } from '../crosscheck/gis.ts';

const root = resolve(import.meta.dirname, '../..');
export const POSTGIS_RATIO_TARGET = 0.2;

export interface PostgisBenchResult {
  lines: string[];
  /** Median CLI wall time ÷ median PostGIS wall time. */
  ratio: number;
  /** Every answer agrees (area 0.1 %, distances 0.5 m, same hub, same region). */
  agree: boolean;
}

/** True when ogr2ogr and psql run and the database answers (PGDATABASE, default `gis`). */
export function postgisAvailable(db = process.env.PGDATABASE ?? 'gis'): boolean {
  try {
    execFileSync('ogr2ogr', ['--version'], { stdio: 'ignore' });
    execFileSync('psql', ['-X', '-q', '-d', db, '-c', 'select postgis_version()'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** n sites × h hubs, `runs` alternating runs of each side; the lines say what was measured and the verdicts. */
export function postgisBench(
  n = 20000,
  h = 5000,
  runs = 3,
  seed = 12,
  onLine: (line: string) => void = () => {},
  db = process.env.PGDATABASE ?? 'gis',
): PostgisBenchResult {
  const out: string[] = [];
  const log = (line: string): void => {
    out.push(line);
    onLine(line);
  };
  const work = `/tmp/naeringsarealkart-bench-pg-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });

  const data = makeBorderData(n, h, seed);
  const files = {
    sites: join(work, 'sites.geojson'),
    hubs: join(work, 'hubs.geojson'),
    regions: join(work, 'regions.geojson'),
  };
  writeFileSync(files.sites, JSON.stringify(data.sites));
  writeFileSync(files.hubs, JSON.stringify(data.hubs));
  writeFileSync(files.regions, JSON.stringify(data.regions));

  const sh = (cmd: string, args: string[], stdout?: string): void => {
    const out = execFileSync(cmd, args, {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (stdout) writeFileSync(stdout, out);
  };

  const cliCsv = join(work, 'cli.csv');
  const pgCsv = join(work, 'postgis.csv');

  const cliArgs = ['--sites', files.sites, '--hubs', files.hubs, '--regions', files.regions];
  function runCli(): void {
    sh('npm', ['run', '--silent', 'report', '--', ...cliArgs], cliCsv);
  }
  /** The same CLI started as the npm script starts it, without npm itself (about 0.3 s of start-up here). */
  function runCliNode(): void {
    sh(process.execPath, ['scripts/cli/bundled.mjs', 'report', ...cliArgs], cliCsv);
  }

  const sql = `
\\set ON_ERROR_STOP 1
\\copy (with s as (select id, name, geom, ST_Area(geom) area, ST_Centroid(geom) c from bp_sites) select s.id, s.area, hb.id hub_id, hb.d, hb.dc, rg.name region from s cross join lateral (select s.geom <-> h.geom d1 from bp_hubs h order by s.geom <-> h.geom limit 1) k cross join lateral (select h.id, ST_Distance(s.geom, h.geom) d, ST_Distance(s.c, h.geom) dc from bp_hubs h where ST_DWithin(s.geom, h.geom, k.d1 + 1e-6) order by 2, 3, h.id collate "C" limit 1) hb left join lateral (select r.name, case when ST_Covers(r.geom, s.geom) then s.area else ST_Area(ST_Intersection(s.geom, r.geom)) end a from bp_regions r where ST_Intersects(s.geom, r.geom) order by 2 desc, r.name collate "C" limit 1) rg on true order by s.id collate "C") to '${pgCsv}' with csv header
`;
  const sqlFile = join(work, 'query.sql');
  writeFileSync(sqlFile, sql);

  function runPostgis(): void {
    for (const [layer, file] of Object.entries(files)) {
      ogrToPostgis(db, file, `bp_${layer}`, layer === 'hubs' ? 'POINT' : 'MULTIPOLYGON');
    }
    sh('psql', ['-X', '-q', '-d', db, '-c', 'analyze bp_sites; analyze bp_hubs; analyze bp_regions;']);
    sh('psql', ['-X', '-q', '-d', db, '-f', sqlFile]);
  }

  function timed(f: () => void): number {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  }

  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

  log(
    `${n.toLocaleString('en')} sites (${data.onLine} on the nord/syd line, ${data.onBoundary} on the kommune boundary) × ${h.toLocaleString('en')} hubs, EPSG:25832; ` +
      `node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]?.toFixed(1)}`,
  );
  const cliMs: number[] = [];
  const nodeMs: number[] = [];
  const pgMs: number[] = [];
  let cliCpu = 0;
  for (let r = 0; r < runs; r++) {
    nodeMs.push(timed(runCliNode));
    const cpu0 = childCpuMs();
    cliMs.push(timed(runCli));
    cliCpu += childCpuMs() - cpu0;
    pgMs.push(timed(runPostgis));
    log(
      `  run ${r + 1}: CLI ${cliMs[r]!.toFixed(0)} ms (without npm ${nodeMs[r]!.toFixed(0)} ms), PostGIS ${pgMs[r]!.toFixed(0)} ms`,
    );
  }
  const cli = median(cliMs);
  const pg = median(pgMs);
  log(
    `median: CLI ${cli.toFixed(0)} ms, PostGIS ${pg.toFixed(0)} ms → CLI/PostGIS = ${(cli / pg).toFixed(3)} (PostGIS ${(pg / cli).toFixed(1)}× the CLI time)`,
  );
  const direct = median(nodeMs);
  log(
    `  without npm (node scripts/cli/bundled.mjs report …): CLI ${direct.toFixed(0)} ms → CLI/PostGIS = ${(direct / pg).toFixed(3)}`,
  );
  // The CLI's own CPU (npm + node); the PostGIS side's runs mostly in the database server, which is not our child.
  log(
    `CLI CPU time: ${(cliCpu / runs).toFixed(0)} ms a run (wall time above includes waiting for a core: load average ${os.loadavg()[0]?.toFixed(1)})`,
  );
  log(`target: CLI ≤ 1/5 of PostGIS → ${(cli / pg).toFixed(3)} ${cli / pg <= POSTGIS_RATIO_TARGET ? 'OK' : 'MISSED'}`);

  // ─── Answers ─────────────────────────────────────────────────────────────────────────────────────────────────
  function readCsv(path: string): Map<string, Record<string, string>> {
    // Neither file has quoted fields in the columns read here (ids and region names carry no commas).
    const [head, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
    const cols = (head ?? '').split(',');
    const rows = new Map<string, Record<string, string>>();
    for (const line of lines) {
      const cells =
        line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [];
      const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
      rows.set(row.id as string, row);
    }
    return rows;
  }
  const ours = readCsv(cliCsv);
  const theirs = readCsv(pgCsv);
  let maxArea = 0,
    maxD = 0,
    maxDc = 0,
    hubMiss = 0,
    regionMiss = 0;
  const misses: string[] = [];
  for (const [id, e] of theirs) {
    const o = ours.get(id);
    if (!o) {
      misses.push(`${id}: missing from the CLI output`);
      continue;
    }
    maxArea = Math.max(maxArea, Math.abs(Number(o.area_m2) - Number(e.area)) / Number(e.area));
    if (o.hub_id !== e.hub_id) {
      hubMiss++;
      misses.push(`${id}: hub ${o.hub_id} vs PostGIS ${e.hub_id}`);
    } else {
      maxD = Math.max(maxD, Math.abs(Number(o.hub_distance_m) - Number(e.d)));
      maxDc = Math.max(maxDc, Math.abs(Number(o.hub_centroid_distance_m) - Number(e.dc)));
    }
    if ((o.region ?? '') !== (e.region ?? '')) {
      regionMiss++;
      misses.push(`${id}: region "${o.region}" vs PostGIS "${e.region}"`);
    }
  }
  const same = ours.size === theirs.size && ours.size === n;
  const ok = same && misses.length === 0 && maxArea <= 0.001 && maxD <= 0.5 && maxDc <= 0.5;
  log(
    `answers: ${ours.size}/${theirs.size} rows, max area diff ${(maxArea * 100).toFixed(5)} %, hub mismatches ${hubMiss}, ` +
      `max |Δd| ${maxD.toFixed(3)} m, max |Δd centroid| ${maxDc.toFixed(3)} m, region mismatches ${regionMiss} → ${ok ? 'OK' : 'FAIL'}`,
  );
  for (const m of misses.slice(0, 10)) log(`  ${m}`);
  rmSync(work, { recursive: true, force: true });
  return { lines: out, ratio: cli / pg, agree: ok };
}
