// The messages between the page (loadRunner.ts) and the load worker (loadWorker.ts). Kept apart from the job code, so
// the page can know them without fetching the readers.
import type { PackedPart } from './partCodec';
import type { JobReply } from './loadJob';
import type { SitePolygons } from '../domain/siteMapFeatures';

/**
 * Sites (with their geometry metrics) per message when the worker sends an applied dataset in parts. The page unpacks
 * each in one task: 2 000 border-heavy sites as JSON took 90–150 ms here, 500 stay well under 50.
 */
export const REPLY_PART_SITES = 500;

export type WorkerMessage =
  /** The job's reply; for an apply job, `parts` part messages with its sites and geometry metrics came first. */
  | { id: number; reply: JobReply; parts?: number }
  /** A slice of an applied dataset's sites and their geometry metrics, in order (packed, see partCodec.ts). */
  | { id: number; part: PackedPart }
  /** After an apply reply with `siteMap` (the markers): the sites' polygons for the map (see PreparedSiteMap). */
  | { id: number; polygons: SitePolygons }
  /** Share done (0–1) of the job's measured step. */
  | { id: number; progress: number }
  /** The worker no longer holds the preview an apply job names: send the value itself. */
  | { id: number; needValue: true }
  /** A persist request answered: kept or not; null when the worker no longer holds that dataset. */
  | { id: number; persisted: boolean | null };
