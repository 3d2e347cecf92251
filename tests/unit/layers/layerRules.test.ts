// The layers are the ones the README draws: its "Imports" arrows, the ESLint table that enforces them
// (LAYER_IMPORTS in eslint.config.js) and the imports the code really has (resolved, dynamic and type-only included)
// must all say the same. Every forbidden arrow is tried through ESLint's Node API and must fire; every allowed one
// must stay quiet.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { importEdges, REPO_ROOT, sourceFiles } from './importGraph';

const SLOW = { timeout: 180_000 };

type Arrows = Record<string, string[]>;

/** The arrows as the README's architecture section writes them: `  state  → domain, data, i18n, map/mapTypes.ts`. */
function readmeArrows(): Arrows {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## Architecture'),
    readme.indexOf('\n## ', readme.indexOf('## Architecture') + 1),
  );
  const arrows: Arrows = {};
  for (const m of section.matchAll(/^ {2}([a-z0-9]+)\s+→ (.+)$/gm)) {
    const [, layer, targets] = m as unknown as [string, string, string];
    arrows[layer] = targets.startsWith('nothing') ? [] : targets.split(', ').map((t) => t.trim().replace(/\.ts$/, ''));
  }
  return arrows;
}

/** May a module in `from` import `target` (a repo path such as 'src/map/MapView.tsx')? */
function allowed(arrows: Arrows, from: string, target: string): boolean {
  const m = /^src\/([^/]+)\/(.+?)(\.tsx?)?$/.exec(target);
  if (!m) return false;
  const [, layer, rest] = m as unknown as [string, string, string];
  if (layer === from) return true;
  return (arrows[from] ?? []).some((a) => a === layer || a === `${layer}/${rest}`);
}

const layerOf = (file: string): string | null => /^src\/([^/]+)\//.exec(file)?.[1] ?? null;

let arrows: Arrows;
let layers: string[];
beforeAll(() => {
  arrows = readmeArrows();
  layers = Object.keys(arrows);
});

describe('the README arrows', () => {
  it('name every folder in src/, and only those', () => {
    const folders = readdirSync(join(REPO_ROOT, 'src')).filter((f) =>
      statSync(join(REPO_ROOT, 'src', f)).isDirectory(),
    );
    expect([...layers].sort()).toEqual(folders.sort());
  });

  it('point only at layers, and the ones the issue names as "never" stay absent', () => {
    for (const [layer, targets] of Object.entries(arrows)) {
      for (const t of targets) expect(layers, `${layer} → ${t}`).toContain(t.split('/')[0]);
    }
    expect(arrows.domain).toEqual([]);
    expect(arrows.state).not.toContain('app');
    expect(arrows.state).not.toContain('ui');
    for (const outer of ['ui', 'map', 'state', 'app']) expect(arrows.data).not.toContain(outer);
    for (const outer of ['ui', 'state', 'app']) expect(arrows.map).not.toContain(outer);
    expect(arrows.ui).not.toContain('app');
  });

  it('are the table ESLint enforces', async () => {
    const config = (await import(pathToFileURL(join(REPO_ROOT, 'eslint.config.js')).href)) as { LAYER_IMPORTS: Arrows };
    expect(config.LAYER_IMPORTS).toEqual(arrows);
  });
});

describe('ESLint no-restricted-imports', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: REPO_ROOT });
  });

  /** The restricted-import messages for one import written in a file at `filePath`. */
  async function lintImport(filePath: string, specifier: string): Promise<string[]> {
    const code = `import { probe } from '${specifier}';\nexport const used = probe;\n`;
    const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, filePath) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  }

  it(
    'fires on every forbidden arrow and stays quiet on every allowed one, from any depth in the layer',
    SLOW,
    async () => {
      const wrong: string[] = [];
      let tried = 0;
      for (const from of layers) {
        for (const to of layers) {
          for (const [file, up] of [
            [`src/${from}/layerProbe.ts`, '../'],
            [`src/${from}/deeper/layerProbe.tsx`, '../../'],
          ] as const) {
            const target = `src/${to}/someModule.ts`;
            const specifier = from === to ? './someModule' : `${up}${to}/someModule`;
            const expected = from === to || allowed(arrows, from, target);
            const fired = (await lintImport(file, specifier)).length > 0;
            tried += 1;
            if (fired === expected) wrong.push(`${file}: import '${specifier}' ${fired ? 'fired' : 'was let through'}`);
          }
        }
      }
      expect(tried).toBe(layers.length * layers.length * 2);
      expect(wrong).toEqual([]);
    },
  );

  it('lets state import the map vocabulary (map/mapTypes.ts) and nothing else of src/map', async () => {
    expect(await lintImport('src/state/layerProbe.ts', '../map/mapTypes')).toEqual([]);
    expect(await lintImport('src/state/layerProbe.ts', '../map/mapTypes.ts')).toEqual([]);
    const messages = await lintImport('src/state/layerProbe.ts', '../map/MapView');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('src/state must not import src/map (only src/map/mapTypes.ts)');
    expect(await lintImport('src/state/layerProbe.ts', '../map/mapTypesExtra')).toHaveLength(1);
  });

  it('names the layers and the README in its message (state → app)', async () => {
    expect(await lintImport('src/state/layerProbe.ts', '../app/defaultData')).toEqual([
      "'../app/defaultData' import is restricted from being used by a pattern. src/state must not import src/app: see the README's architecture arrows.",
    ]);
  });

  it('lets the entry points import any layer, and keeps src/ away from scripts/, tests/ and Node built-ins', async () => {
    for (const to of layers) expect(await lintImport('src/main.tsx', `./${to}/someModule`), to).toEqual([]);
    expect(await lintImport('src/ui/layerProbe.ts', '../../scripts/report/run.ts')).toHaveLength(1);
    expect(await lintImport('src/domain/layerProbe.ts', '../../tests/helpers/strictCsv')).toHaveLength(1);
    expect(await lintImport('src/data/layerProbe.ts', 'node:fs')).toHaveLength(1);
  });

  it('keeps the domain pure and maplibre behind src/map', async () => {
    expect(await lintImport('src/domain/layerProbe.ts', 'react')).toHaveLength(1);
    expect(await lintImport('src/domain/layerProbe.ts', 'zustand')).toHaveLength(1);
    expect(await lintImport('src/ui/layerProbe.ts', 'maplibre-gl')).toHaveLength(1);
    expect(await lintImport('src/map/layerProbe.ts', 'maplibre-gl')).toEqual([]);
    // Data files are not a layer: the domain reads its assumptions from geodata/.
    expect(await lintImport('src/domain/layerProbe.ts', '../../geodata/assumptions.json')).toEqual([]);
  });
});

describe('the code', () => {
  it('imports only along the README arrows (resolved imports, dynamic and type-only included)', SLOW, () => {
    const edges = importEdges(sourceFiles(['src']));
    const crossing = edges.filter(
      (e) => e.to !== null && layerOf(e.from) !== null && layerOf(e.from) !== layerOf(e.to as string),
    );
    // The check sees real traffic between layers (ui → state alone is dozens of imports).
    expect(crossing.length).toBeGreaterThan(100);
    const wrong = crossing
      .filter((e) => !allowed(arrows, layerOf(e.from) as string, e.to as string))
      .map((e) => `${e.from}: '${e.specifier}' (${e.to})`);
    expect(wrong).toEqual([]);
    const outside = edges
      .filter((e) => e.to !== null && !(e.to as string).startsWith('src/'))
      .map((e) => `${e.from}: '${e.specifier}'`);
    expect(outside).toEqual([]);
  });

  it('has no module of src/state or src/ui that imports src/app', () => {
    const files = sourceFiles(['src/state', 'src/ui']);
    const up = importEdges(files).filter((e) => e.to?.startsWith('src/app/'));
    expect(files.length).toBeGreaterThan(50);
    expect(up.map((e) => `${e.from}: '${e.specifier}'`)).toEqual([]);
  });
});
