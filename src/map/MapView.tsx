// React host for the map wrapper: creates it once, then pushes props into it. Component tests mock this module.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Hub, Region, Site } from '../domain/types';
import { buildMapData } from './mapData';
import { MapController, type MapLoadState, type MapUiLabels } from './mapController';

export interface MapViewProps {
  sites: readonly Site[];
  hubs: readonly Hub[];
  regions: readonly Region[];
  selectedSiteId: string | null;
  hoveredSiteId: string | null;
  ringsVisible: boolean;
  /** null shows every site. */
  visibleSiteIds: readonly string[] | null;
  /** Bumped by the app to move the map to a site; map clicks never set it (no feedback loop). */
  zoomRequest: { siteId: string; seq: number } | null;
  labels: MapUiLabels;
  unavailableText: string;
  loadingText: string;
  fitAllText: string;
  onSiteClick: (siteId: string | null) => void;
  onSiteHover: (siteId: string | null) => void;
}

declare global {
  interface Window {
    /** Test-only handle, set when the page is opened with `?e2e=1`. */
    __naeringsarealkart?: { map: unknown };
  }
}

export function MapView(props: MapViewProps) {
  const { sites, hubs, regions, selectedSiteId, hoveredSiteId, ringsVisible, visibleSiteIds, zoomRequest, labels } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<MapController | null>(null);
  const [state, setState] = useState<MapLoadState>('loading');
  // The wrapper outlives renders, so it reads the latest callbacks through a ref.
  const callbacksRef = useRef({ onSiteClick: props.onSiteClick, onSiteHover: props.onSiteHover });
  useEffect(() => {
    callbacksRef.current = { onSiteClick: props.onSiteClick, onSiteHover: props.onSiteHover };
  });
  const labelsRef = useRef(labels);

  const mapData = useMemo(() => buildMapData(sites, hubs, regions), [sites, hubs, regions]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = new MapController(
      container,
      {
        onStateChange: (s) => setState(s),
        onSiteClick: (id) => callbacksRef.current.onSiteClick(id),
        onSiteHover: (id) => callbacksRef.current.onSiteHover(id),
      },
      labelsRef.current,
    );
    controllerRef.current = controller;
    setState(controller.loadState);
    if (new URLSearchParams(window.location.search).has('e2e')) {
      window.__naeringsarealkart = { map: controller.maplibre };
    }
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, []);

  useEffect(() => controllerRef.current?.setData(mapData), [mapData]);
  useEffect(() => controllerRef.current?.setSelected(selectedSiteId), [selectedSiteId]);
  useEffect(() => controllerRef.current?.setHovered(hoveredSiteId), [hoveredSiteId]);
  useEffect(() => controllerRef.current?.setRingsVisible(ringsVisible), [ringsVisible]);
  useEffect(() => controllerRef.current?.setVisibleSites(visibleSiteIds), [visibleSiteIds]);
  useEffect(() => controllerRef.current?.setLabels(labels), [labels]);
  useEffect(() => {
    if (zoomRequest) controllerRef.current?.zoomToSite(zoomRequest.siteId);
  }, [zoomRequest]);

  return (
    <div className="map-area" data-testid="map" data-map-state={state}>
      <div ref={containerRef} className="map-canvas" />
      {state === 'ready' ? (
        <button type="button" className="map-fit-all" onClick={() => controllerRef.current?.fitToData(true)}>
          {props.fitAllText}
        </button>
      ) : null}
      {state === 'error' ? (
        <p className="map-message map-message--error" role="status">
          {props.unavailableText}
        </p>
      ) : null}
      {state === 'loading' ? (
        <p className="map-message" role="status">
          {props.loadingText}
        </p>
      ) : null}
    </div>
  );
}
