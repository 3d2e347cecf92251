// Files dropped anywhere on the page go to the load dialog (and the browser never navigates away to show them), unless
// the page shown has claimed them (the land accounts put them in their own file dialog).
import { useEffect, useState } from 'react';

/** Takes the dropped files (returns true) or leaves them to the load dialog (false); `target` is where they fell. */
export type DropClaim = (files: File[], target: EventTarget | null) => boolean;

let claim: DropClaim | null = null;

/** While a page is shown it may take the files dropped on it; returns the release (call it when the page goes). */
export function claimFileDrop(take: DropClaim): () => void {
  claim = take;
  return () => {
    if (claim === take) claim = null;
  };
}

const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** Calls `onFiles` with dropped files; returns whether files are being dragged over the page. */
export function useFileDrop(onFiles: (files: File[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed, so count them to know when the drag left the page.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      depth = 0;
      setDragging(false);
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      e.preventDefault();
      if (claim?.(files, e.target) === true) return;
      onFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);
  return dragging;
}
