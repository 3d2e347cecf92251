// Every reading tool: the SOSI and GML readers and the polyclip-ts repair and dissolve. Imported by the loaders the
// CLIs,
// the load worker and the previews use; the app's start-up path does not import this file (see loadTools.ts).
import { RepairFailed, repairMultiPolygon, unionMultiPolygons } from '../domain/repair.ts';
import { readGml } from './gml/gmlRead.ts';
import type { LoadTools } from './loadTools.ts';
import { readSosi } from './sosi/sosiRead.ts';

export const FULL_TOOLS: LoadTools = {
  readSosi,
  readGml,
  repair: (g) => {
    try {
      return repairMultiPolygon(g);
    } catch (e) {
      if (e instanceof RepairFailed) return null;
      throw e;
    }
  },
  union: unionMultiPolygons,
};
