// Side-by-side benchmark: the report CLI against an indexed PostGIS doing the same work, on border-heavy data.
//
//   PGDATABASE=gis npx tsx scripts/bench-postgis.ts [sites=20000] [hubs=5000] [runs=3] [seed=12]
//
// Needs PostgreSQL + PostGIS and GDAL (like scripts/crosscheck-postgis.ts), so it is run by hand, not by `npm test`.
// Data: scripts/bench/borderData.ts (EPSG:25832, 15 % of the sites on the nord/syd line, 20 % on the kommune
// boundary). Each run times, wall clock including process start:
//   CLI      `npm run --silent report -- --sites … --hubs … --regions …` writing the CSV to a file;
//   PostGIS  ogr2ogr loads the three files (GiST index, as ogr2ogr makes by default), then one psql run computes
//            area, the nearest hub by KNN (`<->` finds the nearest distance through the index, then ST_DWithin that
//            distance gathers the tied hubs: nearer the centroid wins, then the smaller id), the centroid
//            distance, the region of largest overlap (ST_Covers short-cut, else ST_Intersection) and writes CSV.
// Runs alternate so both sides see the same machine load; medians are printed with the ratio. Then the answers
// are compared row by row: area within 0.1 %, distances within 0.5 m, same hub, same region.
import { postgisBench } from './bench/postgisBench.ts';

const [n = 20000, h = 5000, runs = 3, seed = 12] = process.argv.slice(2).map(Number);
const { agree } = postgisBench(n, h, runs, seed, (line) => console.log(line));
process.exit(agree ? 0 : 1);
