// Hand-run: compares findInvalidity with PostGIS ST_IsValid, and repairMultiPolygon's area with ST_MakeValid's,
// on the hand-made cases and N seeded random ones. Needs psql and a database with PostGIS (PGDATABASE, default gis).
//   npx tsx scripts/crosscheck-validity.ts 2000 7      # random cases, seed
import { execFileSync } from 'node:child_process';
import { seededRandom } from '../src/domain/seededRandom.ts';
import { RepairFailed, repairMultiPolygon } from '../src/domain/repair.ts';
import { findInvalidity } from '../src/domain/validity.ts';
import { handCases, randomCases, toWkt, type Case } from './validity/randomCases.ts';
import { loadCrs } from '../src/domain/crs.ts';

// proj4 is fetched on first need (src/domain/crs.ts); this script projects, so it loads it first.
await loadCrs();

const n = Number(process.argv[2] ?? 2000);
const seed = Number(process.argv[3] ?? 7);
const db = process.env.PGDATABASE ?? 'gis';

const cases: Case[] = [...handCases(), ...randomCases(seededRandom(seed), n)];
const values = cases.map((c, i) => `(${i}, ST_GeomFromText('${toWkt(c.geometry)}', 25832))`).join(',\n');
const sql = `
CREATE TEMP TABLE cases(i int, g geometry);
INSERT INTO cases VALUES ${values};
COPY (SELECT i, ST_IsValid(g)::int, ST_IsValidReason(g),
  COALESCE(ST_Area(ST_MakeValid(g, 'method=structure')), 0), COALESCE(ST_Area(ST_CollectionExtract(ST_MakeValid(g), 3)), 0)
  FROM cases ORDER BY i) TO STDOUT;`;
const out = execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db], {
  input: sql,
  encoding: 'utf8',
  maxBuffer: 1 << 28,
  env: { ...process.env, PGOPTIONS: '-c client_min_messages=error' },
});

let validityMismatch = 0,
  constructionMismatch = 0,
  repairChecked = 0,
  repairWorst = 0,
  lineworkDiffers = 0,
  repairInvalid = 0,
  repairFailed = 0;
const valid = { yes: 0, no: 0 };
for (const line of out.trim().split('\n')) {
  const [i, isValid, reason, structure, linework] = line.split('\t');
  const c = cases[Number(i)] as Case;
  const pg = isValid === '1';
  const issue = findInvalidity(c.geometry);
  const ours = issue === null;
  valid[pg ? 'yes' : 'no']++;
  if (pg !== ours) {
    validityMismatch++;
    console.log(`mismatch #${i} ${c.name}: PostGIS ${reason}; ours ${issue ? issue.rule : 'valid'}`);
  }
  if (c.expect !== 'unknown' && (c.expect === 'valid') !== pg) {
    constructionMismatch++;
    console.log(`construction: #${i} ${c.name} was made ${c.expect}, PostGIS says ${reason}`);
  }
  if (!pg) {
    let repaired: ReturnType<typeof repairMultiPolygon>;
    try {
      repaired = repairMultiPolygon(c.geometry);
    } catch (e) {
      if (!(e instanceof RepairFailed)) throw e;
      repairFailed++;
      console.log(`repair failed #${i} ${c.name}: ${e.message.slice(0, 80)}`);
      continue;
    }
    const after = repaired.geometry.length > 0 ? findInvalidity(repaired.geometry) : null;
    if (after) {
      repairInvalid++;
      console.log(
        `repaired but not valid #${i} ${c.name}: ${after.rule} at ${after.at.join(' ')}: ${toWkt(repaired.geometry).slice(0, 60)}`,
      );
    }
    const want = Number(structure);
    const diff = Math.abs(repaired.repairedAreaM2 - want) / Math.max(want, 1);
    repairChecked++;
    if (diff > repairWorst) repairWorst = diff;
    if (diff > 1e-3)
      console.log(
        `repair area #${i} ${c.name}: ours ${repaired.repairedAreaM2.toFixed(3)} m², ST_MakeValid structure ${want.toFixed(3)}, linework ${Number(linework).toFixed(3)}`,
      );
    if (Math.abs(Number(linework) - want) > 1e-6 * Math.max(want, 1)) lineworkDiffers++;
  }
}
console.log(`${cases.length} cases (seed ${seed}): PostGIS valid ${valid.yes}, invalid ${valid.no}`);
console.log(
  `validity disagreements with ST_IsValid: ${validityMismatch}; cases made valid/invalid that PostGIS judged otherwise: ${constructionMismatch}`,
);
console.log(
  `repairs: ${repairChecked}, worst relative area difference from ST_MakeValid(method=structure): ${(repairWorst * 100).toFixed(5)} %, repaired but not valid: ${repairInvalid}; repair could not finish: ${repairFailed}; cases where the default linework method gives another area: ${lineworkDiffers}`,
);
process.exitCode = validityMismatch + constructionMismatch + repairInvalid > 0 || repairWorst > 1e-3 ? 1 : 0;
