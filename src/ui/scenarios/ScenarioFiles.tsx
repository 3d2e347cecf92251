// Export the active scenario as a file, import one, or share it as a link (with a warning for very long links).
import { useId, useRef, useState } from 'react';
import type { Scenario } from '../../domain/scenario';
import { ScenarioError } from '../../domain/scenarioError';
import { unexpectedProblem } from '../../domain/scenarioProblem';
import type { Assumptions } from '../../domain/types';
import { translator, type Lang } from '../../i18n';
import { MAX_LINK_CHARS, scenarioLink } from '../../state/scenarioLink';
import { scenarioActions } from '../../state/scenarioStore';
import { downloadScenario, readScenarioFile } from './scenarioFile';

export interface ScenarioFilesProps {
  lang: Lang;
  scenario: Scenario;
  name: string;
  base: Assumptions;
}

export function ScenarioFiles({ lang, scenario, name, base }: ScenarioFilesProps) {
  const t = translator(lang);
  const fileId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [link, setLink] = useState<{ url: string; tooLong: boolean; copied: boolean } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { scenario: read, warnings } = await readScenarioFile(file);
      scenarioActions.addChecked(read, base);
      scenarioActions.notify({
        kind: 'info',
        key: 'scenNoticeImported',
        vars: { name: read.name, file: file.name },
        problems: warnings,
      });
    } catch (e) {
      const problems = e instanceof ScenarioError ? [...e.problems] : [unexpectedProblem(e)];
      scenarioActions.notify({ kind: 'error', key: 'scenNoticeImportBad', vars: { file: file.name }, problems });
    } finally {
      // The same file can be picked again after fixing it.
      if (inputRef.current) inputRef.current.value = '';
    }
  };

  const onShare = async () => {
    const made = await scenarioLink(window.location.href, scenario);
    // A link the server (or a mail program) cannot take is not offered at all: the file is.
    if (made.tooLong) {
      setLink({ ...made, copied: false });
      return;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(made.url);
      copied = true;
    } catch {
      // No clipboard permission (or no secure context): the link is shown to copy by hand.
    }
    setLink({ ...made, copied });
  };

  return (
    <div className="scen-files">
      <button type="button" className="secondary" onClick={() => downloadScenario(scenario)}>
        {t('scenExport', { name })}
      </button>
      <span className="scen-file-pick">
        <label htmlFor={fileId}>{t('scenImport')}</label>
        <input
          ref={inputRef}
          id={fileId}
          type="file"
          accept=".json,application/json"
          data-testid="scenario-import"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
      </span>
      <button type="button" className="secondary" onClick={() => void onShare()}>
        {t('scenShare', { name })}
      </button>
      {link && link.tooLong ? (
        <div className="scen-link" role="status" data-testid="scenario-link-refused">
          <p className="field__error">{t('scenShareRefused', { length: link.url.length, max: MAX_LINK_CHARS })}</p>
          <button type="button" className="secondary" onClick={() => downloadScenario(scenario)}>
            {t('scenShareAsFile')}
          </button>
        </div>
      ) : null}
      {link && !link.tooLong ? (
        <div className="scen-link" role="status">
          <label htmlFor="scen-link-url">{link.copied ? t('scenShareCopied') : t('scenShareManual')}</label>
          <input
            id="scen-link-url"
            type="text"
            readOnly
            value={link.url}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="scenario-link"
          />
        </div>
      ) : null}
    </div>
  );
}
