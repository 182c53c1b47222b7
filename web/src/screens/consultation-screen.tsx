import { useCallback, useEffect, useState } from 'react';
import { ApiError, toUserMessage } from '../api/api-client.js';
import type { ConsultationDetail, Transcript } from '../api/schemas.js';
import { useApp, useNow, useWorkspaceVersion } from '../app-context.js';
import { EraseButton } from '../components/erase-dialog.js';
import { Notice } from '../components/notice.js';
import { PatientBanner } from '../components/patient-banner.js';
import { ShortcutHelp } from '../components/shortcut-help.js';
import { usePageTitle } from '../components/use-page-title.js';
import { isExpiringUnfinished } from '../lib/expiry.js';
import { formatClock, formatTimeLeft, joinNorwegian } from '../lib/format.js';
import { isEndedStatus, statusLabels, templateTitles } from '../lib/labels.js';
import { CapturePanel } from './consultation/capture-panel.js';
import { DraftingPanel } from './consultation/drafting-panel.js';
import { ErasedView } from './consultation/erased-view.js';
import { HandoverPanel } from './consultation/handover-panel.js';
import { ReviewPanel } from './consultation/review-panel.js';

/** One consultation, from capture to erasure; the phase follows the server's status. */
export function ConsultationScreen(props: { readonly id: string }) {
  const { api, workspace, navigate } = useApp();
  useWorkspaceVersion();
  const heading = usePageTitle('Konsultasjon');
  const now = useNow(30_000);
  const [detail, setDetail] = useState<ConsultationDetail | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const [gone, setGone] = useState<'erased-now' | 'already' | undefined>();
  const job = workspace.tryGetJob(props.id);

  const load = useCallback(async () => {
    try {
      setDetail(await api.getConsultation(props.id));
      setLoadError(undefined);
    } catch (caught: unknown) {
      if (caught instanceof ApiError && caught.status === 410) setGone('already');
      else setLoadError(toUserMessage(caught));
    }
  }, [api, props.id]);

  useEffect(() => {
    void load();
  }, [load]);
  const refresh = useCallback(() => {
    void load();
  }, [load]);

  // A finished draft job (perhaps while the clinician was elsewhere) brings the review screen.
  useEffect(() => {
    if (job?.state === 'done') {
      workspace.clearJob(props.id);
      void load();
    }
  }, [job?.state, load, props.id, workspace]);

  const onTranscript = (transcript: Transcript | undefined): void => {
    if (transcript !== undefined) {
      setDetail((current) =>
        current === undefined ? current : { ...current, transcript, status: 'transcribed' },
      );
    }
    void load();
  };

  if (gone !== undefined) {
    return (
      <main className="page" id="main">
        <ErasedView consultationId={props.id} alreadyGone={gone === 'already'} standalone />
      </main>
    );
  }

  if (detail === undefined) {
    return (
      <main className="page" id="main">
        <h1 ref={heading} tabIndex={-1}>
          Konsultasjon
        </h1>
        {loadError === undefined ? (
          <p aria-live="polite">Henter konsultasjonen …</p>
        ) : (
          <Notice kind="error" title="Kunne ikke åpne konsultasjonen">
            <p>{loadError}</p>
            <div className="button-row">
              <button type="button" className="button small" onClick={() => void load()}>
                Prøv igjen
              </button>
              <button
                type="button"
                className="button small"
                onClick={() => {
                  navigate({ name: 'today' });
                }}
              >
                Til dagens konsultasjoner
              </button>
            </div>
          </Notice>
        )}
      </main>
    );
  }

  const templates = detail.templates ?? [detail.template];
  const ended = isEndedStatus(detail.status);
  const hasTranscript = (detail.transcript?.segments.length ?? 0) > 0;
  const onErased = (): void => {
    setGone('erased-now');
  };

  let body;
  if (ended) {
    body = <ErasedView consultationId={detail.id} alreadyGone />;
  } else {
    switch (detail.status) {
      case 'approved':
      case 'exported':
        body = <HandoverPanel detail={detail} onErased={onErased} onHandedOver={refresh} />;
        break;
      case 'drafted':
      case 'in-review':
        body =
          job?.state === 'running' ? (
            <DraftingPanel consultationId={detail.id} templates={templates} canDraft />
          ) : (
            <ReviewPanel
              key={JSON.stringify(Object.keys(detail.drafts ?? {}))}
              detail={detail}
              onApproved={() => void load()}
            />
          );
        break;
      case 'created':
      case 'capturing':
      case 'transcribed':
      case 'discarded':
      case 'erased':
      case 'expired':
        body = (
          <div className="stack">
            {job?.state === 'running' ? null : (
              <CapturePanel detail={detail} onTranscript={onTranscript} onRefresh={refresh} />
            )}
            <DraftingPanel
              consultationId={detail.id}
              templates={templates}
              canDraft={hasTranscript && detail.status === 'transcribed'}
            />
          </div>
        );
        break;
    }
  }

  return (
    <main className="page wide" id="main">
      <div className="page-head">
        <div>
          <h1 ref={heading} tabIndex={-1}>
            Konsultasjon kl. {formatClock(Date.parse(detail.createdAt))}
          </h1>
          <p className="consultation-meta">
            <span className={`badge status-${detail.status}`} data-testid="status">
              {statusLabels[detail.status]}
            </span>{' '}
            {joinNorwegian(templates.map((template) => templateTitles[template]))}
            {detail.consent === undefined || detail.consent === null
              ? ''
              : ` · Samtykke: ${detail.consent.method}`}
            {ended
              ? ''
              : ` · Slettes automatisk om ${formatTimeLeft(Date.parse(detail.expiresAt), now)}`}
          </p>
        </div>
        {ended ? null : <EraseButton consultationId={detail.id} onErased={onErased} />}
      </div>
      {!ended && isExpiringUnfinished(detail.status, Date.parse(detail.expiresAt), now) ? (
        <Notice kind="warning" title="Slettes snart">
          <p data-testid="expiry-warning">
            Konsultasjonen slettes automatisk om {formatTimeLeft(Date.parse(detail.expiresAt), now)}
            , og teksten er ikke overført ennå. Gjør ferdig og kopier teksten til journalen før det.
          </p>
        </Notice>
      ) : null}
      {ended ? null : (
        <PatientBanner
          key={JSON.stringify(detail.patient ?? null)}
          consultationId={detail.id}
          patient={detail.patient}
          editable={detail.status !== 'approved' && detail.status !== 'exported'}
          onChanged={refresh}
        />
      )}
      {body}
      {ended ? null : <ShortcutHelp />}
    </main>
  );
}
