import { useEffect, useState } from 'react';
import { toUserMessage } from '../api/api-client.js';
import type { InstallJob, ModelEntry, ModelOverview } from '../api/schemas.js';
import { useApp } from '../app-context.js';
import { Notice } from '../components/notice.js';
import { LoadedStatus, useLoaded } from '../components/use-loaded.js';
import { toEngineLabel } from '../lib/labels.js';

type Kind = 'speech' | 'language';

const kindTitles: Readonly<Record<Kind, string>> = {
  speech: 'Tale-til-tekst',
  language: 'Lokal språkmodell',
};

const environmentVariable: Readonly<Record<Kind, string>> = {
  speech: 'REFERENT_STT_ENGINE',
  language: 'REFERENT_LLM_ENGINE',
};

const regionNames: Readonly<Record<string, string>> = {
  NO: 'Norge',
  EU: 'EU/EØS',
  US: 'USA',
  LOCAL: 'denne maskinen',
};

/** Sizes as models are published: decimal units, Norwegian decimal comma. */
function formatSize(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1).replace('.', ',')} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/**
 * «Modeller»: choose, install (progress, SHA-256 checked or confirmed) and activate the speech
 * and language models, without editing environment variables (issue 13).
 */
export function ModelsSection(props: { readonly onEnginesChanged?: () => void }) {
  const { api, announce } = useApp();
  const loaded = useLoaded(() => api.getModels());
  const overview = loaded.data;
  const load = loaded.reload;
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const downloading = overview?.job?.state === 'downloading';
  useEffect(() => {
    if (!downloading) return undefined;
    const timer = window.setInterval(() => void load(), 400);
    return () => {
      window.clearInterval(timer);
    };
  }, [downloading, load]);

  const act = async (work: () => Promise<string | undefined>): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    setError(undefined);
    try {
      const message = await work();
      await load();
      if (message !== undefined) {
        setNotice(message);
        announce(message);
      }
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
    } finally {
      setBusy(false);
      await load();
    }
  };

  const activate = (model: ModelEntry | null, kind: Kind) =>
    act(async () => {
      const result = await api.activateModel(kind, model?.name ?? null);
      props.onEnginesChanged?.();
      if (result.environmentWins) {
        return `Valget er lagret, men ${environmentVariable[kind]} er satt i miljøet og går foran. Det tas i bruk når variabelen fjernes.`;
      }
      if (model === null) {
        return kind === 'speech'
          ? 'Tale-til-tekst er slått av.'
          : 'Den innebygde regelmotoren brukes fra neste omstart.';
      }
      return `${model.title} er tatt i bruk.`;
    });

  return (
    <section className="card" aria-labelledby="models-title">
      <h2 id="models-title">Modeller</h2>
      {overview === undefined ? null : (
        <p className="hint">
          {overview.source === null
            ? 'Nedlasting av modeller er slått av i oppsettet (REFERENT_MODEL_SOURCE_URL=none). Legg modellfilene i datamappen for hånd.'
            : `Modellene lastes ned fra ${overview.source.url} (${regionNames[overview.source.region] ?? overview.source.region}), som er oppgitt som modellkilde i oppsettet. Bare modellfilen hentes; ingen pasientopplysninger sendes. Modellene kjører deretter lokalt på denne maskinen.`}
        </p>
      )}
      <LoadedStatus loaded={loaded} what="modellene" />
      {error === undefined ? null : (
        <Notice kind="error">
          <p>{error}</p>
        </Notice>
      )}
      {notice === undefined ? null : (
        <Notice kind="success">
          <p>{notice}</p>
        </Notice>
      )}
      {overview === undefined
        ? null
        : (['speech', 'language'] as const).map((kind) => (
            <ModelKindSection
              key={kind}
              kind={kind}
              overview={overview}
              busy={busy}
              onInstall={(model) =>
                void act(async () => {
                  await api.installModel(model.name);
                  return undefined;
                })
              }
              onConfirm={(sha256) =>
                void act(async () => {
                  await api.confirmModelHash(sha256);
                  return 'Kontrollsummen er bekreftet, og modellen er installert.';
                })
              }
              onCancel={() =>
                void act(async () => {
                  await api.cancelModelInstall();
                  return undefined;
                })
              }
              onVerify={(model) =>
                void act(async () => {
                  const result = await api.verifyModel(model.name);
                  if (!result.ok) {
                    setError(
                      `${model.title}: kontrollsummen stemmer ikke lenger (filen er endret eller skadet). Installer modellen på nytt.`,
                    );
                    return undefined;
                  }
                  return `${model.title} er kontrollert: kontrollsummen stemmer.`;
                })
              }
              onActivate={(model) => void activate(model, kind)}
            />
          ))}
    </section>
  );
}

function ModelKindSection(props: {
  readonly kind: Kind;
  readonly overview: ModelOverview;
  readonly busy: boolean;
  readonly onInstall: (model: ModelEntry) => void;
  readonly onConfirm: (sha256: string) => void;
  readonly onCancel: () => void;
  readonly onVerify: (model: ModelEntry) => void;
  readonly onActivate: (model: ModelEntry | null) => void;
}) {
  const { kind, overview, busy } = props;
  const state = kind === 'speech' ? overview.speech : overview.language;
  const models = overview.models.filter((model) => model.kind === kind);
  const job = overview.job?.kind === kind ? overview.job : null;
  const jobModel = models.find((model) => model.name === job?.name);
  const installing =
    overview.job?.state === 'downloading' || overview.job?.state === 'needs-confirmation';
  const titleId = `models-${kind}-title`;
  return (
    <div className="models-kind" aria-labelledby={titleId} role="group">
      <h3 id={titleId}>{kindTitles[kind]}</h3>
      <p data-testid={`models-${kind}-in-use`}>
        I bruk nå: <strong>{toEngineLabel(state.engine)}</strong>
        {state.model === null || state.engine === 'none' ? null : ` (${state.model})`}
      </p>
      {state.environmentWins ? (
        <Notice kind="info">
          <p>
            {environmentVariable[kind]} er satt i miljøet og bestemmer motoren. Den går foran valget
            her: en modell du tar i bruk nedenfor, lagres, men brukes først når variabelen fjernes.
          </p>
        </Notice>
      ) : null}
      {job === null ||
      jobModel === undefined ||
      (job.state === 'installed' && jobModel.active) ? null : (
        <InstallProgress
          job={job}
          model={jobModel}
          busy={busy}
          onConfirm={props.onConfirm}
          onCancel={props.onCancel}
          onRetry={props.onInstall}
        />
      )}
      <table className="table models-table">
        <caption className="visually-hidden">{kindTitles[kind]}: modeller</caption>
        <thead>
          <tr>
            <th scope="col">Modell</th>
            <th scope="col">Størrelse</th>
            <th scope="col">Hastighet</th>
            <th scope="col">{kind === 'speech' ? 'Treffsikkerhet' : 'Norsk'}</th>
            <th scope="col">Minne</th>
            <th scope="col">Lisens</th>
            <th scope="col">Kontrollsum</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {models.map((model) => (
            <tr key={model.name} data-testid={`model-${model.name}`}>
              <td>
                {model.title}
                {model.recommended ? <span className="muted"> (anbefalt)</span> : null}
              </td>
              <td>{formatSize(model.approximateBytes)}</td>
              <td>{model.guidance.speed}</td>
              <td>{model.guidance.quality}</td>
              <td>{model.guidance.memory}</td>
              <td>{model.guidance.licence}</td>
              <td>
                {model.pinned
                  ? 'Publisert: kontrolleres automatisk'
                  : model.confirmedSha256 === null
                    ? 'Ikke publisert: du bekrefter'
                    : 'Bekreftet ved installasjon'}
              </td>
              <td className="actions">
                <ModelActions
                  model={model}
                  busy={busy || installing}
                  canDownload={overview.source !== null}
                  onInstall={props.onInstall}
                  onVerify={props.onVerify}
                  onActivate={props.onActivate}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ModelActions(props: {
  readonly model: ModelEntry;
  readonly busy: boolean;
  readonly canDownload: boolean;
  readonly onInstall: (model: ModelEntry) => void;
  readonly onVerify: (model: ModelEntry) => void;
  readonly onActivate: (model: ModelEntry | null) => void;
}) {
  const { model, busy } = props;
  const hidden = <span className="visually-hidden"> {model.title}</span>;
  if (!model.installed) {
    return (
      <>
        Ikke installert{' '}
        <button
          type="button"
          className="button small"
          disabled={busy || !props.canDownload}
          onClick={() => {
            props.onInstall(model);
          }}
        >
          Installer{hidden}
        </button>
      </>
    );
  }
  return (
    <>
      {model.active ? <strong>Valgt </strong> : 'Installert '}
      {model.active ? (
        <button
          type="button"
          className="button small"
          disabled={busy}
          onClick={() => {
            props.onActivate(null);
          }}
        >
          Slutt å bruke{hidden}
        </button>
      ) : (
        <button
          type="button"
          className="button small primary"
          disabled={busy}
          onClick={() => {
            props.onActivate(model);
          }}
        >
          Ta i bruk{hidden}
        </button>
      )}{' '}
      <button
        type="button"
        className="button small"
        disabled={busy}
        onClick={() => {
          props.onVerify(model);
        }}
      >
        Kontroller{hidden}
      </button>
    </>
  );
}

function InstallProgress(props: {
  readonly job: InstallJob;
  readonly model: ModelEntry;
  readonly busy: boolean;
  readonly onConfirm: (sha256: string) => void;
  readonly onCancel: () => void;
  readonly onRetry: (model: ModelEntry) => void;
}) {
  const { job, model } = props;
  const total = job.total ?? model.approximateBytes;
  const percent = Math.min(100, Math.floor((job.received / Math.max(1, total)) * 100));
  switch (job.state) {
    case 'downloading':
      return (
        <div className="model-install" data-testid="model-install" aria-live="polite">
          <p>
            Laster ned {model.title}: {percent} % ({formatSize(job.received)} av {formatSize(total)}
            )
          </p>
          <progress
            max={100}
            value={percent}
            aria-label={`Nedlasting av ${model.title}: ${percent} prosent`}
          />
          <div className="button-row">
            <button type="button" className="button small" onClick={props.onCancel}>
              Avbryt nedlastingen
            </button>
          </div>
        </div>
      );
    case 'needs-confirmation':
      return (
        <div className="model-install" data-testid="model-install">
          <Notice kind="warning" title="Bekreft kontrollsummen">
            <p>{job.message}</p>
            <p>
              SHA-256 for den nedlastede filen:{' '}
              <code className="mono break" data-testid="model-computed-hash">
                {job.sha256}
              </code>
            </p>
            <p className="hint">
              Kilde: <span className="break">{model.url}</span>. Sammenlign med kontrollsummen
              kilden viser for filen (på Hugging Face: «Git LFS Details»). Bekreftelsen føres i
              revisjonsloggen med ditt navn.
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button primary small"
                disabled={props.busy || job.sha256 === null}
                onClick={() => {
                  if (job.sha256 !== null) props.onConfirm(job.sha256);
                }}
              >
                Kontrollsummen stemmer – installer
              </button>
              <button
                type="button"
                className="button small"
                disabled={props.busy}
                onClick={props.onCancel}
              >
                Avvis og slett filen
              </button>
            </div>
          </Notice>
        </div>
      );
    case 'failed':
      return (
        <div className="model-install" data-testid="model-install">
          <Notice kind="error" title={`${model.title} ble ikke installert`}>
            <p>{job.message}</p>
            {job.sha256 === null ? null : (
              <p className="hint">
                Beregnet SHA-256: <code className="mono break">{job.sha256}</code>
              </p>
            )}
            {model.installed ? null : (
              <div className="button-row">
                <button
                  type="button"
                  className="button small"
                  disabled={props.busy}
                  onClick={() => {
                    props.onRetry(model);
                  }}
                >
                  Prøv igjen<span className="visually-hidden"> å installere {model.title}</span>
                </button>
              </div>
            )}
          </Notice>
        </div>
      );
    case 'installed':
      return (
        <div className="model-install" data-testid="model-install">
          <Notice kind="success">
            <p>
              {model.title} er installert, og kontrollsummen er{' '}
              {job.pinned ? 'kontrollert mot den publiserte' : 'bekreftet'}. Velg «Ta i bruk» for å
              bruke den.
            </p>
          </Notice>
        </div>
      );
    case 'cancelled':
      return (
        <div className="model-install" data-testid="model-install">
          <Notice kind="info">
            <p>{job.message ?? 'Installasjonen ble avbrutt.'} Ingenting er installert.</p>
          </Notice>
        </div>
      );
  }
}
