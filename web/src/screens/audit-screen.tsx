import { useCallback, useEffect, useMemo, useState, type SyntheticEvent } from 'react';
import { toUserMessage, type AuditFilter } from '../api/api-client.js';
import type { AuditActor, AuditVerification, NamedAuditEntry } from '../api/schemas.js';
import { useApp } from '../app-context.js';
import { Notice } from '../components/notice.js';
import { usePageTitle } from '../components/use-page-title.js';
import { roleLabels, roles } from '../lib/labels.js';

const actionLabels: Readonly<Record<string, string>> = {
  'consultation-created': 'Konsultasjon opprettet',
  'consultation-read': 'Konsultasjon åpnet',
  'consultations-listed': 'Konsultasjonsliste vist',
  'transcript-added': 'Transkripsjon lagt til',
  'transcript-updated': 'Transkripsjon rettet',
  'patient-updated': 'Pasientopplysninger rettet',
  'audio-added': 'Lydfil lagt til',
  'stream-opened': 'Opptak startet',
  'stream-closed': 'Opptak avsluttet',
  'draft-started': 'Utkast startet',
  'draft-finished': 'Utkast ferdig',
  'note-updated': 'Notat endret',
  'note-approved': 'Notat godkjent',
  'note-exported': 'Notat eksportert',
  'note-sent': 'Notat sendt til journal',
  'session-erased': 'Konsultasjon slettet',
  'session-expired': 'Konsultasjon utløpt og slettet',
  'user-logged-in': 'Innlogging',
  'login-failed': 'Mislykket innlogging',
  'user-logged-out': 'Utlogging',
  'user-created': 'Bruker opprettet',
  'user-updated': 'Bruker endret',
  'users-listed': 'Brukerliste vist',
  'settings-read': 'Innstillinger vist',
  'settings-changed': 'Innstillinger endret',
  'model-installed': 'Modell installert',
  'model-hash-confirmed': 'Kontrollsum for modell bekreftet',
  'model-verified': 'Modell kontrollert',
  'model-activated': 'Modell tatt i bruk',
  'audit-read': 'Revisjonslogg lest',
  'audit-verified': 'Revisjonslogg kontrollert',
  'access-denied': 'Tilgang avvist',
};

/** Ids are long; the first eight characters tell entries apart, the full id is in the tooltip. */
function ShortId(props: { readonly id: string | null | undefined }) {
  if (props.id === undefined || props.id === null || props.id === '') return <>–</>;
  return (
    <span className="mono" title={props.id}>
      {props.id.length > 12 ? `${props.id.slice(0, 8)}…` : props.id}
    </span>
  );
}

function roleLabel(role: string | null | undefined): string {
  const known = roles.find((candidate) => candidate === role);
  return known === undefined ? (role ?? '') : roleLabels[known];
}

const outcomeLabels: Readonly<Record<string, string>> = {
  success: 'OK',
  failure: 'Feilet',
  denied: 'Avvist',
  refused: 'Ikke startet',
};

/** «Marit Hovland (Kliniker)»; an account that no longer exists by its short id. */
function ActorName(props: {
  readonly entry: {
    readonly actorId?: string | null | undefined;
    readonly actorRole?: string | null | undefined;
  };
  readonly names: ReadonlyMap<string, AuditActor>;
}) {
  const { actorId, actorRole } = props.entry;
  if (actorId === 'system') return <>Systemet</>;
  const named = actorId === undefined || actorId === null ? undefined : props.names.get(actorId);
  const role =
    actorRole === undefined || actorRole === null || actorRole === 'system'
      ? ''
      : ` (${roleLabel(actorRole)})`;
  return (
    <>
      {named === undefined ? <ShortId id={actorId} /> : named.displayName}
      {role}
    </>
  );
}

/** The start or end of a local calendar day as an ISO instant; undefined for an empty field. */
function dayBoundary(date: string, end: boolean): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const local = new Date(`${date}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(local.getTime()) ? undefined : local.toISOString();
}

function EntryTable(props: {
  readonly caption: string;
  readonly entries: readonly NamedAuditEntry[];
  readonly names: ReadonlyMap<string, AuditActor>;
}) {
  return (
    <table className="table">
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">Nr.</th>
          <th scope="col">Tid</th>
          <th scope="col">Hendelse</th>
          <th scope="col">Utført av</th>
          <th scope="col">Konsultasjon</th>
          <th scope="col">Utfall</th>
        </tr>
      </thead>
      <tbody>
        {props.entries.map((entry) => (
          <tr key={entry.seq}>
            <td>{entry.seq}</td>
            <td className="nowrap">{new Date(entry.at).toLocaleString('nb-NO')}</td>
            <td>{actionLabels[entry.action] ?? entry.action}</td>
            <td>
              <ActorName entry={entry} names={props.names} />
            </td>
            <td>
              <ShortId id={entry.consultationId} />
            </td>
            <td>{outcomeLabels[entry.outcome] ?? entry.outcome}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** «Who has handled this patient?» by fødselsnummer, through the log's keyed hash (design §5). */
function PatientSearch(props: { readonly names: ReadonlyMap<string, AuditActor> }) {
  const { api } = useApp();
  const [fnr, setFnr] = useState('');
  const [result, setResult] = useState<readonly NamedAuditEntry[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const search = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    const digits = fnr.replace(/\s+/g, '');
    if (!/^\d{11}$/.test(digits)) {
      setError('Fødselsnummeret må ha 11 sifre.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      setResult(await api.searchAuditByPatient(digits));
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  const actorIds = new Set<string>();
  for (const entry of result ?? []) {
    if (typeof entry.actorId === 'string' && entry.actorId !== 'system')
      actorIds.add(entry.actorId);
  }
  const people = [...actorIds].map((id) => {
    const named = props.names.get(id);
    return named === undefined
      ? `${id.slice(0, 8)}…`
      : `${named.displayName} (${roleLabel(named.role)})`;
  });

  return (
    <section className="card" aria-labelledby="patient-search-title">
      <h2 id="patient-search-title">Hvem har behandlet denne pasienten?</h2>
      <form className="filter-row" onSubmit={(event) => void search(event)} noValidate>
        <div className="field inline">
          <label htmlFor="audit-fnr">Pasientens fødselsnummer</label>
          <input
            id="audit-fnr"
            inputMode="numeric"
            autoComplete="off"
            value={fnr}
            aria-invalid={error !== undefined}
            aria-describedby="audit-fnr-hint"
            onChange={(event) => {
              setFnr(event.target.value);
            }}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? 'Søker …' : 'Søk'}
          </button>
        </div>
      </form>
      <p className="hint" id="audit-fnr-hint">
        Loggen lagrer ikke fødselsnummeret, bare et nøkkelbasert avtrykk av det. Søket føres selv i
        loggen.
      </p>
      {error === undefined ? null : (
        <Notice kind="error">
          <p>{error}</p>
        </Notice>
      )}
      {result === undefined ? null : result.length === 0 ? (
        <p data-testid="patient-search-summary">Ingen oppføringer for dette fødselsnummeret.</p>
      ) : (
        <>
          <p data-testid="patient-search-summary">
            {result.length} oppføringer. Behandlet av: <strong>{people.join(', ')}</strong>.
          </p>
          <EntryTable
            caption="Oppføringer om pasienten, i tidsrekkefølge"
            entries={result}
            names={props.names}
          />
        </>
      )}
    </section>
  );
}

/** The tamper-evident audit log (P5): verification, the patient search, filters and export. */
export function AuditScreen() {
  const { api, announce } = useApp();
  const heading = usePageTitle('Revisjonslogg');
  const [entries, setEntries] = useState<readonly NamedAuditEntry[]>([]);
  const [truncated, setTruncated] = useState(false);
  const [actors, setActors] = useState<readonly AuditActor[]>([]);
  const [verification, setVerification] = useState<AuditVerification | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [exportError, setExportError] = useState<string | undefined>();
  const [user, setUser] = useState('');
  const [action, setAction] = useState('');
  const [outcome, setOutcome] = useState<'' | 'success' | 'failure' | 'denied'>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const names = useMemo(() => new Map(actors.map((actor) => [actor.id, actor])), [actors]);

  const currentFilter = (): AuditFilter => {
    const fromIso = dayBoundary(from, false);
    const toIso = dayBoundary(to, true);
    return {
      ...(user === '' ? {} : { user }),
      ...(action === '' ? {} : { action }),
      ...(outcome === '' ? {} : { outcome }),
      ...(fromIso === undefined ? {} : { from: fromIso }),
      ...(toIso === undefined ? {} : { to: toIso }),
    };
  };

  const load = useCallback(
    async (filter: AuditFilter) => {
      try {
        const result = await api.filterAudit(filter);
        setEntries(result.entries);
        setTruncated(result.truncated === true);
        setError(undefined);
      } catch (caught: unknown) {
        setError(toUserMessage(caught));
      }
    },
    [api],
  );

  const verify = useCallback(async () => {
    setVerification(undefined);
    try {
      setVerification(await api.verifyAudit());
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
    }
  }, [api]);

  useEffect(() => {
    void load({});
    void verify();
    api.listAuditActors().then(setActors, (caught: unknown) => {
      setError(toUserMessage(caught));
    });
  }, [api, load, verify]);

  const exportView = async (): Promise<void> => {
    setExportError(undefined);
    try {
      const blob = await api.exportAudit(currentFilter());
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = 'revisjonslogg.csv';
      link.click();
      window.setTimeout(() => {
        URL.revokeObjectURL(url);
      }, 10_000);
      announce('Visningen er eksportert som CSV-fil.');
    } catch (caught: unknown) {
      setExportError(toUserMessage(caught));
    }
  };

  return (
    <main className="page" id="main">
      <h1 ref={heading} tabIndex={-1}>
        Revisjonslogg
      </h1>
      <p className="muted">
        Hvem gjorde hva, og når. Loggen inneholder ingen helseopplysninger, og den slettes ikke
        sammen med konsultasjonene.
      </p>
      <div className="card verify" aria-live="polite" data-testid="audit-verification">
        {verification === undefined ? (
          <p>Kontrollerer at loggen er uendret …</p>
        ) : verification.ok ? (
          <p className="confirmed">
            <span aria-hidden="true">✓ </span>Loggen er uendret: alle {verification.entries}{' '}
            oppføringer henger sammen.
          </p>
        ) : (
          <Notice kind="error" title="Loggen er endret">
            <p>
              Kjeden er brutt
              {verification.firstBroken === undefined || verification.firstBroken === null
                ? ''
                : ` ved oppføring ${JSON.stringify(verification.firstBroken)}`}
              . Kontakt personvernombudet og systemansvarlig. Ikke slett noe.
            </p>
          </Notice>
        )}
        <button type="button" className="button small" onClick={() => void verify()}>
          Kontroller på nytt
        </button>
      </div>
      <PatientSearch names={names} />
      <section className="card" aria-labelledby="audit-filter-title">
        <h2 id="audit-filter-title">Alle hendelser</h2>
        <form
          className="filter-row"
          onSubmit={(event) => {
            event.preventDefault();
            void load(currentFilter());
          }}
        >
          <div className="field inline">
            <label htmlFor="audit-user">Bruker</label>
            <select
              id="audit-user"
              value={user}
              onChange={(event) => {
                setUser(event.target.value);
              }}
            >
              <option value="">Alle</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.displayName} ({actor.username})
                </option>
              ))}
            </select>
          </div>
          <div className="field inline">
            <label htmlFor="audit-action">Hendelse</label>
            <select
              id="audit-action"
              value={action}
              onChange={(event) => {
                setAction(event.target.value);
              }}
            >
              <option value="">Alle</option>
              {Object.entries(actionLabels).map(([key, label]) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field inline">
            <label htmlFor="audit-outcome">Utfall</label>
            <select
              id="audit-outcome"
              value={outcome}
              onChange={(event) => {
                const value = event.target.value;
                setOutcome(
                  value === 'success' || value === 'failure' || value === 'denied' ? value : '',
                );
              }}
            >
              <option value="">Alle</option>
              <option value="success">OK</option>
              <option value="failure">Feilet</option>
              <option value="denied">Avvist</option>
            </select>
          </div>
          <div className="field inline">
            <label htmlFor="audit-from">Fra dato</label>
            <input
              id="audit-from"
              type="date"
              value={from}
              onChange={(event) => {
                setFrom(event.target.value);
              }}
            />
          </div>
          <div className="field inline">
            <label htmlFor="audit-to">Til dato</label>
            <input
              id="audit-to"
              type="date"
              value={to}
              onChange={(event) => {
                setTo(event.target.value);
              }}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button primary">
              Vis
            </button>
            <button type="button" className="button" onClick={() => void exportView()}>
              Eksporter visningen (CSV)
            </button>
          </div>
        </form>
        {exportError === undefined ? null : (
          <Notice kind="error" title="Eksporten feilet">
            <p>{exportError}</p>
          </Notice>
        )}
        {error === undefined ? null : (
          <Notice kind="error">
            <p>{error}</p>
          </Notice>
        )}
        <p className="muted" data-testid="audit-count">
          {entries.length} oppføringer
          {truncated ? ' (de nyeste; snevre inn perioden for å se eldre)' : ''}.
        </p>
        <EntryTable
          caption="Oppføringer i revisjonsloggen, nyeste først"
          entries={entries}
          names={names}
        />
      </section>
    </main>
  );
}
