// A definition list of a site's facts (label, value, optional hint), as the card and the one-pager show them.
import type { Fact } from './siteFacts';

export function FactList({ facts, className }: { facts: readonly Fact[]; className: string }) {
  return (
    <dl className={className}>
      {facts.map((f) => (
        <div key={f.id} className={`fact fact--${f.id}`} data-fact={f.id}>
          <dt>{f.label}</dt>
          <dd>
            {f.value}
            {f.hint ? <span className="fact__hint">{f.hint}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
