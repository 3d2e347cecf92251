// Inputs and results of the land accounts (næringsarealregnskap): two plan versions in, areas by region out.
import { ABC_TYPES, type AbcType, type MultiPolygonXY, type SiteStatus } from '../types.ts';
import type { BecameCategory, LandCategory } from './categories.ts';

/** One feature of a plan version, projected to EPSG:25832. */
export interface PlanArea {
  id: string;
  category: LandCategory;
  /** ABC type of business land (the file's own, or the arealformål default); null when unknown or not business. */
  abc: AbcType | null;
  /** eksisterende (arealbruksstatus 1 or 3) or fremtidig (2); null when the file does not say. */
  status: SiteStatus | null;
  /** The arealformål code; null in this project's own site format. */
  code: number | null;
  geometry: MultiPolygonXY;
}

export type AbcKey = AbcType | 'unknown';
export const ABC_KEYS: readonly AbcKey[] = [...ABC_TYPES, 'unknown'];

/** Areas in m² for one region or the total. Net is after − before and is derived where it is shown. */
export interface AccountFigures {
  beforeM2: number;
  afterM2: number;
  /** Business land after that was not business land before. */
  addedM2: number;
  /** Business land before that is not business land after. */
  removedM2: number;
  /** Removed land by what the later version makes of it. */
  removedBy: Record<BecameCategory, number>;
  /** Business land that was fremtidig before and is eksisterende after. */
  realisedM2: number;
  /** Farmland (AR5 21/22/23) inside added business land; null without a farmland layer. */
  farmlandAddedM2: number | null;
  addedByAbc: Record<AbcKey, number>;
  removedByAbc: Record<AbcKey, number>;
  /** The part of removedByAbc that was existing (built-up) business land before: it has jobs today. */
  removedExistingByAbc: Record<AbcKey, number>;
}

export type PieceKind = 'added' | 'removed' | 'unchanged';

/** A piece of the overlay, for the map and the GeoJSON export. */
export interface ChangePiece {
  kind: PieceKind;
  /** For removed pieces: what the land became. */
  became?: BecameCategory;
  areaM2: number;
  geometry: MultiPolygonXY;
}

export interface AccountsResult {
  /** One entry per region, in the regions' order. Land outside every region is only in `total`. */
  regions: { name: string; figures: AccountFigures }[];
  total: AccountFigures;
  pieces: ChangePiece[];
  /** Groups of business land that overlap (each overlaid on its own), for progress and diagnostics. */
  clusterCount: number;
}
