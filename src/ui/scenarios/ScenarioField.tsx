// One labelled text field of the scenario editor, with its hint and the validation message tied to it.
import type { ReactNode } from 'react';

export interface ScenarioFieldProps {
  id: string;
  label: ReactNode;
  text: string;
  onText: (text: string) => void;
  /** Shown under the field and read with it. */
  error?: string | null;
  /** Also marks the field invalid: the id of a message shared by several fields (e.g. "low ≤ mid ≤ high"). */
  groupErrorId?: string | null;
  hint?: string;
  numeric?: 'decimal' | 'numeric' | null;
  testId?: string;
}

export function ScenarioField({
  id,
  label,
  text,
  onText,
  error,
  groupErrorId,
  hint,
  numeric = 'decimal',
  testId,
}: ScenarioFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [error ? errorId : null, groupErrorId ?? null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className="field scen-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode={numeric ?? undefined}
        autoComplete="off"
        value={text}
        data-testid={testId}
        aria-invalid={Boolean(error) || Boolean(groupErrorId)}
        aria-describedby={described || undefined}
        onChange={(e) => onText(e.currentTarget.value)}
      />
      {hint ? (
        <span id={hintId} className="scen-field__hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
