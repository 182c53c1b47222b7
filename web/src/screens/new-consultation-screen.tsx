import { useState, type SyntheticEvent } from 'react';
import { ApiError, toUserMessage } from '../api/api-client.js';
import { useApp } from '../app-context.js';
import { Notice } from '../components/notice.js';
import { PatientInformation } from '../components/patient-information.js';
import { usePageTitle } from '../components/use-page-title.js';
import { templateTitles, type ConsentMethod, type TemplateId } from '../lib/labels.js';

const offeredTemplates: readonly TemplateId[] = [
  'journalnotat',
  'henvisning',
  'pasientbrev',
  'epikrise',
];

/** Accepts «DDMMÅÅ NNNNN» with or without the space; the server checks the rest. */
export function normalizeFnr(input: string): string | undefined {
  const digits = input.replace(/\s+/g, '');
  return /^\d{11}$/.test(digits) ? digits : undefined;
}

export function NewConsultationScreen() {
  const { api, navigate } = useApp();
  const heading = usePageTitle('Ny konsultasjon');
  const [templates, setTemplates] = useState<readonly TemplateId[]>(['journalnotat']);
  const [name, setName] = useState('');
  const [fnr, setFnr] = useState('');
  const [consentGiven, setConsentGiven] = useState(false);
  const [consentMethod, setConsentMethod] = useState<ConsentMethod | undefined>();
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [submitError, setSubmitError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  /** A fixed field loses its error message at once. */
  const clearError = (key: string): void => {
    if (errors[key] === undefined) return;
    setErrors(
      Object.fromEntries(Object.entries(errors).filter(([candidate]) => candidate !== key)),
    );
  };

  const toggleTemplate = (template: TemplateId, checked: boolean): void => {
    clearError('templates');
    setTemplates((current) =>
      checked
        ? offeredTemplates.filter(
            (candidate) => candidate === template || current.includes(candidate),
          )
        : current.filter((candidate) => candidate !== template),
    );
  };

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (templates.length === 0) found['templates'] = 'Velg minst ett dokument.';
    const normalizedFnr = fnr.trim() === '' ? undefined : normalizeFnr(fnr);
    if (fnr.trim() !== '' && normalizedFnr === undefined)
      found['fnr'] = 'Fødselsnummeret må ha 11 sifre.';
    if (consentMethod === undefined) found['consentMethod'] = 'Velg hvordan samtykket er gitt.';
    if (!consentGiven) found['consent'] = 'Pasienten må ha samtykket før opptak kan starte.';
    setErrors(found);
    if (Object.keys(found).length > 0 || consentMethod === undefined) {
      const firstField = document.querySelector<HTMLElement>('[aria-invalid="true"]');
      firstField?.focus();
      return;
    }
    setBusy(true);
    setSubmitError(undefined);
    try {
      const patient = {
        ...(name.trim() === '' ? {} : { name: name.trim() }),
        ...(normalizedFnr === undefined ? {} : { fnr: normalizedFnr }),
      };
      const created = await api.createConsultation({
        templates,
        consent: consentMethod,
        ...(Object.keys(patient).length === 0 ? {} : { patient }),
      });
      navigate({ name: 'consultation', id: created.id });
    } catch (caught: unknown) {
      // The server checks the control digits (and the birth date); show that at the field.
      if (
        caught instanceof ApiError &&
        caught.code === 'invalid-input' &&
        /^Fødsels/.test(caught.userMessage)
      ) {
        setErrors({ fnr: caught.userMessage });
        document.getElementById('patient-fnr')?.focus();
      } else {
        setSubmitError(toUserMessage(caught));
      }
      setBusy(false);
    }
  };

  return (
    <main className="page" id="main">
      <h1 ref={heading} tabIndex={-1}>
        Ny konsultasjon
      </h1>
      <div className="two-columns">
        <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
          <fieldset
            className="card"
            aria-describedby={errors['templates'] === undefined ? undefined : 'templates-error'}
          >
            <legend>Dokumenter</legend>
            <p className="hint">Referent lager et utkast til hvert dokument du velger.</p>
            {offeredTemplates.map((template) => (
              <label className="check" key={template}>
                <input
                  type="checkbox"
                  name="templates"
                  value={template}
                  checked={templates.includes(template)}
                  aria-invalid={errors['templates'] !== undefined}
                  onChange={(event) => {
                    toggleTemplate(template, event.target.checked);
                  }}
                />
                {templateTitles[template]}
              </label>
            ))}
            {errors['templates'] === undefined ? null : (
              <p className="field-error" id="templates-error">
                {errors['templates']}
              </p>
            )}
          </fieldset>

          <fieldset className="card">
            <legend>Pasient (valgfritt)</legend>
            <p className="hint" id="patient-hint">
              Brukes bare til å kjenne igjen og skjule pasientens navn og fødselsnummer i teksten.
              Sendes aldri til en språkmodell, og slettes sammen med konsultasjonen.
            </p>
            <div className="field">
              <label htmlFor="patient-name">Navn</label>
              <input
                id="patient-name"
                autoComplete="off"
                aria-describedby="patient-hint"
                value={name}
                onChange={(event) => {
                  setName(event.target.value);
                }}
              />
            </div>
            <div className="field">
              <label htmlFor="patient-fnr">Fødselsnummer (11 sifre)</label>
              <input
                id="patient-fnr"
                inputMode="numeric"
                autoComplete="off"
                aria-invalid={errors['fnr'] !== undefined}
                aria-describedby={errors['fnr'] === undefined ? 'patient-hint' : 'fnr-error'}
                value={fnr}
                onChange={(event) => {
                  setFnr(event.target.value);
                  clearError('fnr');
                }}
              />
              {errors['fnr'] === undefined ? null : (
                <p className="field-error" id="fnr-error">
                  {errors['fnr']}
                </p>
              )}
            </div>
          </fieldset>

          <fieldset className="card">
            <legend>Samtykke</legend>
            <p className="hint">
              Les eller vis pasientinformasjonen først. Opptak kan ikke starte uten samtykke.
            </p>
            <div role="radiogroup" aria-labelledby="consent-method-label" className="radio-row">
              <span id="consent-method-label" className="label">
                Samtykket er gitt
              </span>
              {(['muntlig', 'skriftlig'] as const).map((method) => (
                <label className="check" key={method}>
                  <input
                    type="radio"
                    name="consent-method"
                    value={method}
                    checked={consentMethod === method}
                    aria-invalid={errors['consentMethod'] !== undefined}
                    onChange={() => {
                      setConsentMethod(method);
                      clearError('consentMethod');
                    }}
                  />
                  {method === 'muntlig' ? 'Muntlig' : 'Skriftlig'}
                </label>
              ))}
            </div>
            {errors['consentMethod'] === undefined ? null : (
              <p className="field-error">{errors['consentMethod']}</p>
            )}
            <label className="check">
              <input
                type="checkbox"
                name="consent"
                checked={consentGiven}
                aria-invalid={errors['consent'] !== undefined}
                onChange={(event) => {
                  setConsentGiven(event.target.checked);
                  clearError('consent');
                }}
              />
              Pasienten er informert og samtykker til at samtalen tas opp og brukes til et utkast
            </label>
            {errors['consent'] === undefined ? null : (
              <p className="field-error">{errors['consent']}</p>
            )}
          </fieldset>

          {submitError === undefined ? null : (
            <Notice kind="error" title="Konsultasjonen ble ikke opprettet">
              <p>{submitError}</p>
            </Notice>
          )}
          <div className="button-row">
            <button type="submit" className="button primary" disabled={busy}>
              {busy ? 'Oppretter …' : 'Start konsultasjon'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                navigate({ name: 'today' });
              }}
            >
              Avbryt
            </button>
          </div>
        </form>
        <PatientInformation />
      </div>
    </main>
  );
}
