// Whether a scenario's name still needs the "(basis)" tag: "Kommuneplan (basis)" already says it.

export function needsBasisTag(name: string, tag: string): boolean {
  return !name.toLocaleLowerCase().includes(`(${tag.toLocaleLowerCase()})`);
}
