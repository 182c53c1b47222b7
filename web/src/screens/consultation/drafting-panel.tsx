import { useEffect, useState } from 'react';
import { useApp, useNow, useWorkspaceVersion } from '../../app-context.js';
import { Notice } from '../../components/notice.js';
import { formatDuration, joinNorwegian } from '../../lib/format.js';
import { templateTitles, type TemplateId } from '../../lib/labels.js';

/** «Lag utkast», and the visible progress of a running draft, which the clinician may cancel. */
export function DraftingPanel(props: {
  readonly consultationId: string;
  readonly templates: readonly TemplateId[];
  readonly canDraft: boolean;
}) {
  const { api, workspace, navigate } = useApp();
  useWorkspaceVersion();
  const [draftingEnabled, setDraftingEnabled] = useState(true);
  useEffect(() => {
    let cancelled = false;
    api.isDraftingEnabled().then(
      (enabled) => {
        if (!cancelled) setDraftingEnabled(enabled);
      },
      // Unknown: leave the button on; the server refuses with a clear message if drafting is off.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api]);
  const now = useNow(1_000);
  const job = workspace.tryGetJob(props.consultationId);
  const running = job?.state === 'running';

  return (
    <section className="card" aria-labelledby="draft-title">
      <h2 id="draft-title">Utkast</h2>
      {running ? (
        <div className="drafting" aria-live="polite">
          <p>
            Lager{' '}
            {templateTitles[job.templates[job.completed] ?? job.templates[0] ?? 'journalnotat']} (
            {Math.min(job.completed + 1, job.templates.length)} av {job.templates.length}) …{' '}
            <span className="muted">{formatDuration((now - job.startedAt) / 1000)}</span>
          </p>
          <progress
            max={job.templates.length}
            value={job.completed + 0.5}
            aria-label={`Fremdrift: ${job.completed} av ${job.templates.length} dokumenter ferdig`}
          />
          <p className="hint">
            Du kan jobbe videre med annet imens. Utkastet blir liggende her når det er ferdig.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                workspace.cancelDraft(props.consultationId);
              }}
            >
              Avbryt
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                navigate({ name: 'today' });
              }}
            >
              Til dagens konsultasjoner
            </button>
          </div>
        </div>
      ) : (
        <>
          {job?.state === 'failed' ? (
            <Notice kind="error" title="Utkastet ble ikke laget">
              <p>{job.errorMessage}</p>
              <p>Prøv igjen. Transkripsjonen er tatt vare på.</p>
            </Notice>
          ) : null}
          {draftingEnabled ? null : (
            <Notice kind="warning" title="KI-utkast er slått av">
              <p>
                Automatisk utkast er slått av for hele installasjonen av en administrator.
                Transkripsjonen ligger her, og du kan skrive notatet selv i journalsystemet.
              </p>
            </Notice>
          )}
          {job?.state === 'cancelled' ? (
            <Notice kind="info">Utkastet ble avbrutt. Du kan starte på nytt.</Notice>
          ) : null}
          <p className="hint">
            {props.canDraft
              ? `Referent lager ${joinNorwegian(props.templates.map((template) => templateTitles[template].toLowerCase()))} fra samtalen. Du leser og retter før du godkjenner.`
              : 'Ta opp samtalen eller last opp en fil først.'}
          </p>
          <button
            type="button"
            className="button primary big"
            disabled={!props.canDraft || !draftingEnabled}
            onClick={() => {
              workspace.startDraft(props.consultationId, props.templates);
            }}
          >
            Lag utkast
          </button>
        </>
      )}
    </section>
  );
}
