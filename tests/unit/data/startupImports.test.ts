// The first page load must not fetch the SOSI/GML readers or the polygon repair (issue 12): walks the static imports
// from src/main.tsx (tests/helpers/staticImports.ts) and checks what is reached.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reachedStatically, repoRoot } from '../../helpers/staticImports';

describe('what the first page load imports', () => {
  const { files, packages } = reachedStatically(resolve(repoRoot, 'src/main.tsx'));

  it('reaches the bundled-data loaders (the walk works)', () => {
    expect(files).toContain('src/app/defaultData.ts');
    expect(files).toContain('src/data/layerLoaders.ts');
    expect(packages).toContain('zustand');
  });

  it('not React: the first map is drawn before the app is fetched (src/firstScreen.ts)', () => {
    expect(files).toContain('src/firstScreen.ts');
    expect(files).not.toContain('src/App.tsx');
    expect(packages).not.toContain('react-dom');
  });

  it('not the SOSI/GML readers, the repair or the load jobs', () => {
    const heavy = [...files].filter((f) =>
      /^src\/data\/(sosi|gml)\/|^src\/data\/fullLoadTools\.ts$|^src\/domain\/repair\.ts$|^src\/state\/loadJob\.ts$/.test(
        f,
      ),
    );
    expect(heavy).toEqual([]);
    expect([...packages].filter((p) => ['polyclip-ts', 'polygon-clipping', 'saxes'].includes(p))).toEqual([]);
  });
});
