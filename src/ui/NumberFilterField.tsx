// A text field for a number filter: applies each valid value as it is typed, explains an invalid one next to the field.
import { useId, useState } from 'react';
import { translator, type Lang } from '../i18n';
import { formatNumberInput, parseNumberInput } from './numberInput';

export interface NumberFilterFieldProps {
  id: string;
  label: string;
  lang: Lang;
  /** null: no limit. */
  value: number | null;
  onChange: (value: number | null) => void;
}

export function NumberFilterField({ id, label, lang, value, onChange }: NumberFilterFieldProps) {
  const t = translator(lang);
  const errorId = useId();
  const [draft, setDraft] = useState(() => formatNumberInput(value, lang));
  const [shownValue, setShownValue] = useState(value);
  // A value set from outside (reset, back/forward, a link) replaces the text, unless the text already means it.
  if (value !== shownValue) {
    setShownValue(value);
    if (parseNumberInput(draft) !== value) setDraft(formatNumberInput(value, lang));
  }
  const parsed = parseNumberInput(draft);
  const invalid = parsed === 'invalid';
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={draft}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const next = parseNumberInput(text);
          if (next !== 'invalid') {
            setShownValue(next);
            onChange(next);
          }
        }}
      />
      {invalid ? (
        <p id={errorId} className="field__error">
          {t('filterNumberInvalid')}
        </p>
      ) : null}
    </div>
  );
}
