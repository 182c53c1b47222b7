import { useCallback, useEffect, useState } from 'react';
import { toUserMessage } from '../api/api-client.js';
import type { AuditEntry, AuditVerification } from '../api/schemas.js';
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

/** The tamper-evident audit log (P5) and whether its hash chain is intact. No health content. */
export function AuditScreen() {
  const { api } = useApp();
  const heading = usePageTitle('Revisjonslogg');
  const [entries, setEntries] = useState<readonly AuditEntry[]>([]);
  const [verification, setVerification] = useState<AuditVerification | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [moreAvailable, setMoreAvailable] = useState(true);

  const load = useCallback(
    async (before?: number) => {
      try {
        const page = await api.listAudit(before);
        setEntries((current) => (before === undefined ? page : [...current, ...page]));
        setMoreAvailable(page.length >= 100);
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
    void load();
    void verify();
  }, [load, verify]);

  const oldest = entries[entries.length - 1]?.seq;

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
      {error === undefined ? null : (
        <Notice kind="error">
          <p>{error}</p>
        </Notice>
      )}
      <table className="table">
        <caption className="visually-hidden">Oppføringer i revisjonsloggen, nyeste først</caption>
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
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td className="nowrap">{new Date(entry.at).toLocaleString('nb-NO')}</td>
              <td>{actionLabels[entry.action] ?? entry.action}</td>
              <td>
                <ShortId id={entry.actorId} />
                {entry.actorRole === undefined || entry.actorRole === null
                  ? ''
                  : ` (${roleLabel(entry.actorRole)})`}
              </td>
              <td>
                <ShortId id={entry.consultationId} />
              </td>
              <td>{outcomeLabels[entry.outcome] ?? entry.outcome}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {moreAvailable && oldest !== undefined ? (
        <button type="button" className="button" onClick={() => void load(oldest)}>
          Vis eldre
        </button>
      ) : null}
    </main>
  );
}
