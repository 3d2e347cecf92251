// Empty figure records and adding a measured area to them by tag.
import { BECAME_CATEGORIES, type BecameCategory } from './categories.ts';
import { ABC_KEYS, type AbcKey, type AccountFigures } from './types.ts';

/** What a measured piece counts as. */
export type Tag =
  | 'before'
  | 'after'
  | 'added'
  | 'removed'
  | 'realised'
  | 'farmland'
  | { became: BecameCategory }
  | { addedAbc: AbcKey }
  | { removedAbc: AbcKey }
  | { removedExistingAbc: AbcKey };

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function emptyFigures(withFarmland: boolean): AccountFigures {
  return {
    beforeM2: 0,
    afterM2: 0,
    addedM2: 0,
    removedM2: 0,
    realisedM2: 0,
    removedBy: zeros(BECAME_CATEGORIES),
    farmlandAddedM2: withFarmland ? 0 : null,
    addedByAbc: zeros(ABC_KEYS),
    removedByAbc: zeros(ABC_KEYS),
    removedExistingByAbc: zeros(ABC_KEYS),
  };
}

export function addArea(f: AccountFigures, tag: Tag, m2: number): void {
  if (!(m2 > 0)) return;
  if (tag === 'before') f.beforeM2 += m2;
  else if (tag === 'after') f.afterM2 += m2;
  else if (tag === 'added') f.addedM2 += m2;
  else if (tag === 'removed') f.removedM2 += m2;
  else if (tag === 'realised') f.realisedM2 += m2;
  else if (tag === 'farmland') f.farmlandAddedM2 = (f.farmlandAddedM2 ?? 0) + m2;
  else if ('became' in tag) f.removedBy[tag.became] += m2;
  else if ('addedAbc' in tag) f.addedByAbc[tag.addedAbc] += m2;
  else if ('removedAbc' in tag) f.removedByAbc[tag.removedAbc] += m2;
  else f.removedExistingByAbc[tag.removedExistingAbc] += m2;
}
