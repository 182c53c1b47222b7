import { useState, type SyntheticEvent } from 'react';
import { toUserMessage } from '../api/api-client.js';
import type { PatientSummary } from '../api/schemas.js';
import { useApp } from '../app-context.js';
import { formatIsoDate } from '../lib/format.js';
import { Notice } from './notice.js';

/** «Tora Lindvik · født 25.05.1991 · fnr 250591 ***79», or undefined without a patient. */
export function describePatient(patient: PatientSummary | null | undefined): string | undefined {
  if (patient === undefined || patient === null) return undefined;
  const parts = [
    patient.name ?? 'Navn ikke oppgitt',
    ...(patient.birthDate === undefined || patient.birthDate === null
      ? []
      : [`født ${formatIsoDate(patient.birthDate)}`]),
    ...(patient.fnrMasked === undefined || patient.fnrMasked === null
      ? []
      : [`fnr ${patient.fnrMasked}`]),
  ];
  return parts.join(' · ');
}

/**
 * Who the consultation is about, on every screen where text leaves Referent (wrong-chart guard).
 * Correctable until approval: the clinician re-types the number (it is only shown masked).
 */
export function PatientBanner(props: {
  readonly consultationId: string;
  readonly patient: PatientSummary | null | undefined;
  /** False once the note is approved: the patient is then part of the approved document. */
  readonly editable: boolean;
  readonly onChanged: () => void;
}) {
  const { api, announce } = useApp();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(props.patient?.name ?? '');
  const [fnr, setFnr] = useState('');
  const [birthDate, setBirthDate] = useState(props.patient?.birthDate ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const described = describePatient(props.patient);

  const save = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    const digits = fnr.replace(/\s+/g, '');
    if (digits !== '' && !/^\d{11}$/.test(digits)) {
      setError('Fødselsnummeret må ha 11 sifre.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.updatePatient(props.consultationId, {
        ...(name.trim() === '' ? {} : { name: name.trim() }),
        ...(digits === '' ? {} : { fnr: digits }),
        ...(birthDate.trim() === '' ? {} : { birthDate: birthDate.trim() }),
      });
      announce('Pasientopplysningene er rettet.');
      setEditing(false);
      setFnr('');
      props.onChanged();
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="patient-banner" aria-label="Pasient" data-testid="patient-banner">
      <p className="patient-line">
        <span className="label">Pasient:</span>{' '}
        {described === undefined ? (
          <span className="muted">
            Ingen pasient registrert. Sjekk selv at du har riktig journal.
          </span>
        ) : (
          <strong data-testid="patient-identity">{described}</strong>
        )}{' '}
        {props.editable && !editing ? (
          <button
            type="button"
            className="button small"
            onClick={() => {
              setEditing(true);
            }}
          >
            {described === undefined ? 'Legg til pasient' : 'Rett pasient'}
          </button>
        ) : null}
      </p>
      {editing ? (
        <form className="patient-form" onSubmit={(event) => void save(event)} noValidate>
          <div className="field inline">
            <label htmlFor="banner-name">Navn</label>
            <input
              id="banner-name"
              autoComplete="off"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
          </div>
          <div className="field inline">
            <label htmlFor="banner-fnr">Fødselsnummer (skriv hele på nytt)</label>
            <input
              id="banner-fnr"
              inputMode="numeric"
              autoComplete="off"
              value={fnr}
              aria-invalid={error !== undefined}
              onChange={(event) => {
                setFnr(event.target.value);
              }}
            />
          </div>
          <div className="field inline">
            <label htmlFor="banner-birth">Fødselsdato (ÅÅÅÅ-MM-DD)</label>
            <input
              id="banner-birth"
              autoComplete="off"
              value={birthDate}
              onChange={(event) => {
                setBirthDate(event.target.value);
              }}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button primary small" disabled={busy}>
              {busy ? 'Lagrer …' : 'Lagre pasient'}
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                setEditing(false);
                setError(undefined);
              }}
            >
              Avbryt
            </button>
          </div>
          {error === undefined ? null : (
            <Notice kind="error" title="Pasienten ble ikke rettet">
              <p>{error}</p>
            </Notice>
          )}
        </form>
      ) : null}
    </section>
  );
}
