// Which sites change between shown and hidden when the filter result changes (so only those get a feature-state call).

export interface VisibilityChanges {
  hide: string[];
  show: string[];
}

/**
 * `visible` null means every site is shown. `hidden` is what is hidden now. Ids in `hidden` that are no longer in
 * `allIds` are left alone (the data they belonged to is gone).
 */
export function visibilityChanges(
  allIds: readonly string[],
  visible: ReadonlySet<string> | null,
  hidden: ReadonlySet<string>,
): VisibilityChanges {
  const hide: string[] = [];
  const show: string[] = [];
  for (const id of allIds) {
    const shouldHide = visible !== null && !visible.has(id);
    if (shouldHide && !hidden.has(id)) hide.push(id);
    else if (!shouldHide && hidden.has(id)) show.push(id);
  }
  return { hide, show };
}
