import { useCallback, useEffect, useState } from 'react';
import { toUserMessage } from '../api/api-client.js';
import type { ConsultationSummary } from '../api/schemas.js';
import { useApp, useNow, useWorkspaceVersion } from '../app-context.js';
import { Notice } from '../components/notice.js';
import { usePageTitle } from '../components/use-page-title.js';
import { isExpiringUnfinished } from '../lib/expiry.js';
import { formatClock, formatTimeLeft, joinNorwegian } from '../lib/format.js';
import { isEndedStatus, statusLabels, templateTitles } from '../lib/labels.js';

/** Today's consultations: the clinician's own only (the server scopes the list to the caller). */
export function TodayScreen() {
  const { api, navigate, workspace } = useApp();
  useWorkspaceVersion();
  const heading = usePageTitle('Dagens konsultasjoner');
  const now = useNow(30_000);
  const [consultations, setConsultations] = useState<readonly ConsultationSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = useCallback(async () => {
    try {
      setConsultations(await api.listConsultations());
      setError(undefined);
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
    }
  }, [api]);

  // A draft finishing in the background changes a status: fetch the list again.
  const finishedJobs = (consultations ?? [])
    .filter((consultation) => workspace.tryGetJob(consultation.id)?.state === 'done')
    .map((consultation) => consultation.id)
    .join(',');
  useEffect(() => {
    if (finishedJobs !== '') void load();
  }, [finishedJobs, load]);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), 30_000);
    return () => {
      window.clearInterval(timer);
    };
  }, [load]);

  const expiring = (consultations ?? []).filter((consultation) =>
    isExpiringUnfinished(consultation.status, Date.parse(consultation.expiresAt), now),
  );

  return (
    <main className="page" id="main">
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          Dagens konsultasjoner
        </h1>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            navigate({ name: 'new' });
          }}
        >
          Ny konsultasjon
        </button>
      </div>
      <p className="muted">
        Bare dine egne konsultasjoner vises. Innholdet slettes automatisk når tiden under «Slettes
        om» er ute.
      </p>
      {expiring.length === 0 ? null : (
        <Notice kind="warning" title="Slettes snart uten å være ferdig">
          <p data-testid="expiry-warning">
            {expiring.length === 1 ? 'Én konsultasjon' : `${expiring.length} konsultasjoner`}{' '}
            slettes automatisk innen en time, og teksten er ikke overført til journalen. Åpne og
            gjør ferdig, eller kopier teksten før tiden er ute.
          </p>
        </Notice>
      )}
      {error === undefined ? null : (
        <Notice kind="error" title="Kunne ikke hente konsultasjonene">
          <p>{error}</p>
          <button type="button" className="button small" onClick={() => void load()}>
            Prøv igjen
          </button>
        </Notice>
      )}
      {consultations === undefined && error === undefined ? (
        <p aria-live="polite">Henter …</p>
      ) : null}
      {consultations?.length === 0 ? (
        <div className="empty">
          <p>Ingen konsultasjoner i dag ennå.</p>
        </div>
      ) : null}
      {consultations !== undefined && consultations.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">Dine konsultasjoner i dag</caption>
          <thead>
            <tr>
              <th scope="col">Startet</th>
              <th scope="col">Dokumenter</th>
              <th scope="col">Status</th>
              <th scope="col">Slettes om</th>
              <th scope="col">
                <span className="visually-hidden">Handling</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {consultations.map((consultation) => {
              const ended = isEndedStatus(consultation.status);
              const job = workspace.tryGetJob(consultation.id);
              const started = formatClock(Date.parse(consultation.createdAt));
              const templates = consultation.templates ?? [consultation.template];
              return (
                <tr key={consultation.id} data-consultation-id={consultation.id}>
                  <td>kl. {started}</td>
                  <td>{joinNorwegian(templates.map((template) => templateTitles[template]))}</td>
                  <td>
                    <span className={`badge status-${consultation.status}`}>
                      {statusLabels[consultation.status]}
                    </span>
                    {job?.state === 'running' ? (
                      <span className="badge working">Lager utkast …</span>
                    ) : null}
                  </td>
                  <td>
                    {ended
                      ? 'Innholdet er slettet'
                      : formatTimeLeft(Date.parse(consultation.expiresAt), now)}
                    {expiring.includes(consultation) ? (
                      <span className="badge expiring"> Snart slettet</span>
                    ) : null}
                  </td>
                  <td className="actions">
                    {ended ? null : (
                      <a
                        className="button small"
                        href={`/konsultasjon/${consultation.id}`}
                        onClick={(event) => {
                          event.preventDefault();
                          navigate({ name: 'consultation', id: consultation.id });
                        }}
                      >
                        Åpne
                        <span className="visually-hidden"> konsultasjonen fra kl. {started}</span>
                      </a>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </main>
  );
}
