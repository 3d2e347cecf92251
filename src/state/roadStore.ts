// The road layer the user loaded for "Avstand til hovedvei" (investor view): held for this page visit only.
import { create } from 'zustand';
import type { RoadLayer } from '../domain/roadDistance';
import type { RoadLayerSummary } from '../data/roadReader';

export interface RoadState {
  layer: RoadLayer | null;
  summary: RoadLayerSummary | null;
  setLayer: (layer: RoadLayer, summary: RoadLayerSummary) => void;
  clear: () => void;
}

export const useRoadStore = create<RoadState>((set) => ({
  layer: null,
  summary: null,
  setLayer: (layer, summary) => set({ layer, summary }),
  clear: () => set({ layer: null, summary: null }),
}));
