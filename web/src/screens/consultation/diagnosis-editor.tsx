import { useEffect, useState } from 'react';
import { isAbortError, toUserMessage } from '../../api/api-client.js';
import type { Code } from '../../api/schemas.js';
import { useApp } from '../../app-context.js';
import type { CodeSystem } from '../../lib/labels.js';

export interface EditableDiagnosis {
  readonly system: CodeSystem;
  readonly code: string;
  readonly text: string;
}

/** Suggested diagnosis codes, with search over ICPC-2 and ICD-10 (the server's code lists). */
export function DiagnosisEditor(props: {
  readonly idPrefix: string;
  readonly diagnoses: readonly EditableDiagnosis[];
  readonly defaultSystem: CodeSystem;
  readonly readOnly: boolean;
  readonly onChange: (diagnoses: readonly EditableDiagnosis[]) => void;
}) {
  const { api } = useApp();
  const [query, setQuery] = useState('');
  const [system, setSystem] = useState<CodeSystem>(props.defaultSystem);
  const [results, setResults] = useState<readonly Code[]>([]);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const trimmed = query.trim();
    if (trimmed.length < 2) {
      setResults([]);
      return undefined;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api.searchCodes(trimmed, system, controller.signal).then(
        (codes) => {
          setResults(codes);
          setError(undefined);
        },
        (caught: unknown) => {
          if (!isAbortError(caught)) setError(toUserMessage(caught));
        },
      );
    }, 250);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [api, query, system]);

  const has = (code: Code): boolean =>
    props.diagnoses.some(
      (diagnosis) => diagnosis.system === code.system && diagnosis.code === code.code,
    );

  return (
    <section className="diagnoses" aria-labelledby={`${props.idPrefix}-diagnoses-title`}>
      <h3 id={`${props.idPrefix}-diagnoses-title`}>Diagnosekoder</h3>
      {props.diagnoses.length === 0 ? <p className="muted">Ingen diagnosekoder valgt.</p> : null}
      <ul className="code-list">
        {props.diagnoses.map((diagnosis) => (
          <li key={`${diagnosis.system}:${diagnosis.code}`}>
            <span className="code">
              {diagnosis.system} {diagnosis.code}
            </span>{' '}
            {diagnosis.text}
            {props.readOnly ? null : (
              <button
                type="button"
                className="button small link"
                onClick={() => {
                  props.onChange(props.diagnoses.filter((candidate) => candidate !== diagnosis));
                }}
              >
                Fjern<span className="visually-hidden"> {diagnosis.code}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {props.readOnly ? null : (
        <div className="code-search">
          <div className="field inline">
            <label htmlFor={`${props.idPrefix}-code-query`}>Søk etter kode eller diagnose</label>
            <input
              id={`${props.idPrefix}-code-query`}
              type="search"
              value={query}
              autoComplete="off"
              onChange={(event) => {
                setQuery(event.target.value);
              }}
            />
          </div>
          <div className="field inline">
            <label htmlFor={`${props.idPrefix}-code-system`}>Kodeverk</label>
            <select
              id={`${props.idPrefix}-code-system`}
              value={system}
              onChange={(event) => {
                setSystem(event.target.value === 'ICD-10' ? 'ICD-10' : 'ICPC-2');
              }}
            >
              <option value="ICPC-2">ICPC-2</option>
              <option value="ICD-10">ICD-10</option>
            </select>
          </div>
          {error === undefined ? null : (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          {results.length > 0 ? (
            <ul className="code-results" aria-label="Treff">
              {results.map((code) => (
                <li key={`${code.system}:${code.code}`}>
                  <button
                    type="button"
                    className="button small"
                    disabled={has(code)}
                    onClick={() => {
                      props.onChange([
                        ...props.diagnoses,
                        { system: code.system, code: code.code, text: code.text },
                      ]);
                    }}
                  >
                    Legg til <span className="code">{code.code}</span> {code.text}
                  </button>
                </li>
              ))}
            </ul>
          ) : query.trim().length >= 2 && error === undefined ? (
            <p className="muted" aria-live="polite">
              Ingen treff ennå.
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
