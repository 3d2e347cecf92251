// Decides which CRS an input file is in: an explicit override, else its crs member, else a guess from the coordinates.
import { bboxInDegrees, detectCrs } from '../domain/crs.ts';
import { CrsError, parseCrsMember } from '../domain/crsNames.ts';
import type { EpsgCode } from '../domain/types.ts';
import type { Problem } from './problems.ts';

export type CrsSource = 'member' | 'override' | 'detected';
export type Bbox = readonly [number, number, number, number];

export interface CrsDecision {
  crs: EpsgCode;
  crsSource: CrsSource;
  problems: Problem[];
}

/** CRSs whose coordinates are longitude/latitude degrees. */
export const GEOGRAPHIC: ReadonlySet<EpsgCode> = new Set<EpsgCode>([4326, 4258]);

function readMember(file: string, member: unknown, problems: Problem[], hasOverride: boolean): EpsgCode | null {
  try {
    return parseCrsMember(member);
  } catch (e) {
    if (!(e instanceof CrsError)) throw e;
    // The variant names what was wrong with the member, and (`-override`) that the override is used instead.
    problems.push({
      file,
      severity: hasOverride ? 'warning' : 'error',
      code: 'crs-unsupported',
      variant: hasOverride ? `${e.kind}-override` : e.kind,
      params: e.params,
    });
    return null;
  }
}

/**
 * Precedence: `override` (the CLI's --crs / a UI choice) > the file's `crs` member > detectCrs on
 * the raw bbox. Also warns when the chosen CRS and the coordinates disagree on degrees vs metres,
 * the commonest real mistake (a CRS84 member on UTM numbers, or the reverse).
 */
export function resolveCrs(args: {
  file: string;
  member: unknown;
  override?: EpsgCode | undefined;
  bbox: Bbox | null;
  referenceLngLatBbox?: Bbox | undefined;
}): CrsDecision {
  const { file, override, bbox } = args;
  const problems: Problem[] = [];
  const member = args.member === undefined ? null : readMember(file, args.member, problems, override !== undefined);
  // The full guess (which needs proj4) only where it is used: no usable CRS named, or one that disagrees with the
  // coordinates on degrees vs metres (decided without proj4: detectCrs guesses a geographic CRS exactly then).
  const detect = () => (bbox ? detectCrs(bbox, args.referenceLngLatBbox) : null);
  let decision: CrsDecision;
  if (override !== undefined) {
    if (member !== null && member !== override) {
      problems.push({
        file,
        severity: 'warning',
        code: 'crs-override-disagrees',
        params: { member: String(member), override: String(override) },
      });
    }
    decision = { crs: override, crsSource: 'override', problems };
  } else if (member !== null) {
    decision = { crs: member, crsSource: 'member', problems };
  } else if (problems.length > 0) {
    // Unsupported member and no override: already an error; the code below is never used for projection.
    return { crs: 25832, crsSource: 'member', problems };
  } else if (bbox) {
    const detected = detectCrs(bbox, args.referenceLngLatBbox);
    problems.push({
      file,
      severity: 'warning',
      code: 'crs-detected',
      variant: detected.params['far'] === undefined ? detected.basis : `${detected.basis}-far`,
      params: { ...detected.params, crs: String(detected.code) },
    });
    return { crs: detected.code, crsSource: 'detected', problems };
  } else {
    return { crs: 4326, crsSource: 'detected', problems };
  }
  const detected = bbox && bboxInDegrees(bbox) !== GEOGRAPHIC.has(decision.crs) ? detect() : null;
  if (detected && GEOGRAPHIC.has(detected.code) !== GEOGRAPHIC.has(decision.crs)) {
    problems.push({
      file,
      severity: 'warning',
      code: 'crs-suspicious',
      variant: GEOGRAPHIC.has(detected.code) ? 'degrees' : 'metres',
      params: { detected: String(detected.code), crs: String(decision.crs) },
    });
  }
  return decision;
}
