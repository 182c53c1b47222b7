import { useEffect, useState, type ChangeEvent } from 'react';
import { toUserMessage } from '../../api/api-client.js';
import type { CaptureMode, ConsultationDetail, Segment, Transcript } from '../../api/schemas.js';
import { useApp } from '../../app-context.js';
import { useRecorder } from '../../audio/use-recorder.js';
import { Notice } from '../../components/notice.js';
import { useCapabilities } from '../../components/use-capabilities.js';
import { useShortcut } from '../../components/use-shortcut.js';
import { formatDuration } from '../../lib/format.js';
import type { Speaker } from '../../lib/labels.js';
import { getShortcut } from '../../lib/shortcuts.js';
import { TranscriptView } from './transcript-view.js';

/** Content types the server accepts for a transcript, by file ending (docs/api.md). */
export function transcriptContentType(fileName: string): string | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'application/json';
  if (lower.endsWith('.txt')) return 'text/plain; charset=utf-8';
  if (lower.endsWith('.vtt')) return 'text/vtt';
  if (lower.endsWith('.srt')) return 'application/x-subrip';
  return undefined;
}

/** Getting the conversation in: live recording, a WAV file, or a transcript. */
export function CapturePanel(props: {
  readonly detail: ConsultationDetail;
  /** A new transcript, or undefined when the caller should fetch it. */
  readonly onTranscript: (transcript: Transcript | undefined) => void;
  /** The server's status may have changed (recording started): fetch the consultation again. */
  readonly onRefresh: () => void;
}) {
  const { api, announce } = useApp();
  const [uploading, setUploading] = useState<'audio' | 'transcript' | 'paste' | undefined>();
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | undefined>();
  const [uploadError, setUploadError] = useState<string | undefined>();
  const [speakerError, setSpeakerError] = useState<string | undefined>();
  const [emptyRecording, setEmptyRecording] = useState(false);
  const [mode, setMode] = useState<CaptureMode>('conversation');
  // A stored dictation (every segment the clinician's) makes «Diktat» the choice for what follows.
  const storedSegments = props.detail.transcript?.segments ?? [];
  const storedIsDictation =
    storedSegments.length > 0 && storedSegments.every((segment) => segment.speaker === 'lege');
  useEffect(() => {
    if (storedIsDictation) setMode('dictation');
  }, [storedIsDictation]);
  const recorder = useRecorder(props.detail.id, (transcript) => {
    const empty = transcript !== undefined && transcript.segments.length === 0;
    setEmptyRecording(empty);
    announce(
      empty ? 'Opptaket ga ingen tekst.' : 'Opptaket er stoppet og transkripsjonen er klar.',
    );
    props.onTranscript(transcript);
  });
  const recording = recorder.state === 'recording' || recorder.state === 'paused';
  const capabilities = useCapabilities();
  const speech = typeof capabilities === 'object' ? capabilities.speechToText : undefined;
  // Known before anything is recorded: no engine means no recording and no WAV upload.
  const checking = capabilities === undefined;
  const canTranscribeAudio = speech === undefined || speech.available;
  const canRecord = canTranscribeAudio && speech?.live !== false;
  const { onRefresh } = props;
  const connected = recorder.connection === 'connected';
  useEffect(() => {
    if (connected) onRefresh();
  }, [connected, onRefresh]);
  const recordShortcut = getShortcut('record');

  useShortcut('record', () => {
    if (!canRecord || checking) return;
    if (recorder.state === 'idle' || recorder.state === 'stopped') void recorder.start(mode);
    else if (recording) recorder.stop();
  });

  const upload = async (
    event: ChangeEvent<HTMLInputElement>,
    kind: 'audio' | 'transcript',
  ): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    setUploadError(undefined);
    let contentType: string | undefined = 'audio/wav';
    if (kind === 'transcript') {
      contentType = transcriptContentType(file.name);
      if (contentType === undefined) {
        setUploadError(
          'Referent leser transkripsjoner som .json, .txt (med «Lege:» og «Pasient:»), .vtt eller .srt. Velg en slik fil.',
        );
        return;
      }
    } else if (!file.name.toLowerCase().endsWith('.wav')) {
      setUploadError('Lydfilen må være en WAV-fil (.wav). Lagre opptaket som WAV og prøv igjen.');
      return;
    }
    setUploading(kind);
    try {
      const response =
        kind === 'audio'
          ? await api.uploadAudio(props.detail.id, file, mode)
          : await api.uploadTranscript(props.detail.id, file, contentType);
      announce(`Transkripsjonen er lastet inn: ${response.transcript.segments.length} avsnitt.`);
      props.onTranscript(response.transcript);
    } catch (caught: unknown) {
      setUploadError(toUserMessage(caught));
    } finally {
      setUploading(undefined);
    }
  };

  const submitPasted = async (): Promise<void> => {
    setPasteError(undefined);
    if (pasted.trim() === '') {
      setPasteError('Lim inn eller skriv teksten først.');
      return;
    }
    setUploading('paste');
    try {
      const response = await api.uploadTranscript(
        props.detail.id,
        pasted,
        'text/plain; charset=utf-8',
      );
      const dictation = response.transcript.segments.every((segment) => segment.speaker === 'lege');
      announce(
        dictation
          ? `Diktatet er lagt inn: ${response.transcript.segments.length} avsnitt.`
          : `Samtalen er lagt inn: ${response.transcript.segments.length} avsnitt.`,
      );
      setPasted('');
      props.onTranscript(response.transcript);
    } catch (caught: unknown) {
      setPasteError(toUserMessage(caught));
    } finally {
      setUploading(undefined);
    }
  };

  const liveSegments: (Segment | undefined)[] = [];
  for (const [index, segment] of recorder.segments) liveSegments[index] = segment;

  const correctSpeaker = async (index: number, speaker: Speaker): Promise<void> => {
    setSpeakerError(undefined);
    try {
      const response = await api.correctSpeaker(props.detail.id, index, speaker);
      if (!recording) props.onTranscript(response.transcript);
    } catch (caught: unknown) {
      setSpeakerError(toUserMessage(caught));
    }
  };

  return (
    <section className="card" aria-labelledby="capture-title">
      <h2 id="capture-title">Samtalen</h2>
      <CaptureModeChoice
        mode={mode}
        disabled={recording || uploading !== undefined}
        onChange={setMode}
      />
      <div className="capture-options">
        <div className="recorder" aria-label="Opptak" role="group">
          <div className="button-row">
            {recording ? (
              <button
                type="button"
                className="button danger big"
                aria-keyshortcuts={recordShortcut.aria}
                onClick={recorder.stop}
              >
                Stopp opptaket <kbd>{recordShortcut.label}</kbd>
              </button>
            ) : (
              <button
                type="button"
                className="button primary big"
                aria-keyshortcuts={recordShortcut.aria}
                disabled={
                  checking ||
                  !canRecord ||
                  recorder.state === 'starting' ||
                  recorder.state === 'stopping' ||
                  uploading !== undefined
                }
                onClick={() => void recorder.start(mode)}
              >
                {recorder.state === 'starting'
                  ? 'Starter …'
                  : mode === 'dictation'
                    ? 'Start diktat'
                    : 'Ta opp'}{' '}
                <kbd>{recordShortcut.label}</kbd>
              </button>
            )}
            {recorder.state === 'recording' ? (
              <button type="button" className="button" onClick={recorder.pause}>
                Pause
              </button>
            ) : null}
            {recorder.state === 'paused' ? (
              <button type="button" className="button" onClick={recorder.resume}>
                Fortsett
              </button>
            ) : null}
          </div>
          {recorder.state === 'idle' ? null : (
            <div className="recorder-status">
              <span className={`rec-dot ${recorder.state}`} aria-hidden="true" />
              <span className="timer" role="timer" aria-label="Opptakstid">
                {formatDuration(recorder.elapsedSeconds)}
              </span>
              <label className="meter-label">
                Lydnivå
                <meter min={0} max={1} low={0.02} high={0.5} optimum={0.2} value={recorder.level} />
              </label>
              <span className="muted" aria-live="polite">
                {recorder.state === 'paused'
                  ? 'Pause – ingenting tas opp'
                  : recorder.state === 'stopping'
                    ? 'Avslutter og skriver ferdig …'
                    : recorder.state === 'stopped'
                      ? 'Opptaket er stoppet'
                      : recorder.connection === 'reconnecting'
                        ? 'Mistet forbindelsen – kobler til igjen. Lyden tas vare på imens.'
                        : 'Tar opp'}
              </span>
              {recorder.receivedSeconds === undefined ? null : (
                <span className="muted" data-testid="received-seconds">
                  Mottatt av serveren: {formatDuration(recorder.receivedSeconds)}
                </span>
              )}
            </div>
          )}
          {canTranscribeAudio ? null : (
            <Notice kind="warning" title="Opptak er ikke mulig her">
              <p data-testid="speech-unavailable">
                {speech.message ??
                  'Tale-til-tekst er ikke satt opp i denne installasjonen. Last opp en transkripsjon i stedet.'}
              </p>
            </Notice>
          )}
          {emptyRecording && recorder.state === 'stopped' ? (
            <Notice kind="warning" title="Ingen tale funnet">
              <p>
                Opptaket ga ingen tekst. Sjekk at riktig mikrofon er valgt og at lydnivået beveger
                seg, og ta opp igjen.
              </p>
            </Notice>
          ) : null}
          {recorder.errorMessage === undefined ? null : (
            <Notice kind="error" title="Opptaket">
              <p>{recorder.errorMessage}</p>
            </Notice>
          )}
        </div>
        <div className="uploads">
          <p className="label">Eller last opp</p>
          <label
            className={`button file-button${uploading === undefined && !recording && canTranscribeAudio ? '' : ' disabled'}`}
          >
            {uploading === 'audio' ? 'Laster opp lyd …' : 'Last opp lydfil (WAV)'}
            <input
              type="file"
              accept=".wav,audio/wav"
              className="visually-hidden"
              disabled={uploading !== undefined || recording || !canTranscribeAudio}
              onChange={(event) => void upload(event, 'audio')}
            />
          </label>
          <label
            className={`button file-button${uploading === undefined && !recording ? '' : ' disabled'}`}
          >
            {uploading === 'transcript' ? 'Laster opp transkripsjon …' : 'Last opp transkripsjon'}
            <input
              type="file"
              accept=".json,.txt,.vtt,.srt,application/json,text/plain,text/vtt"
              className="visually-hidden"
              disabled={uploading !== undefined || recording}
              onChange={(event) => void upload(event, 'transcript')}
            />
          </label>
          <p className="hint">
            Transkripsjon: JSON, tekst med «Lege:»/«Pasient:», WebVTT eller SRT. Tekst uten
            «Lege:»/«Pasient:» regnes som diktat.
          </p>
        </div>
      </div>
      <details className="paste" open={!canTranscribeAudio}>
        <summary>Lim inn tekst eller diktat</summary>
        <div className="field">
          <label htmlFor="pasted-text">Tekst</label>
          <textarea
            id="pasted-text"
            rows={6}
            value={pasted}
            aria-describedby="pasted-hint"
            aria-invalid={pasteError !== undefined}
            disabled={uploading !== undefined || recording}
            onChange={(event) => {
              setPasted(event.target.value);
            }}
          />
          <p className="hint" id="pasted-hint">
            En samtale med «Lege:» og «Pasient:» foran replikkene, eller et diktat uten: da regnes
            alt som sagt av deg, og Referent lager utkast til dokumentene du valgte.
          </p>
        </div>
        <button
          type="button"
          className="button"
          disabled={uploading !== undefined || recording}
          onClick={() => void submitPasted()}
        >
          {uploading === 'paste' ? 'Legger inn …' : 'Bruk teksten'}
        </button>
        {pasteError === undefined ? null : (
          <Notice kind="error" title="Teksten ble ikke lagt inn">
            <p>{pasteError}</p>
          </Notice>
        )}
      </details>
      {uploadError === undefined ? null : (
        <Notice kind="error" title="Filen ble ikke lastet opp">
          <p>{uploadError}</p>
        </Notice>
      )}
      {speakerError === undefined ? null : (
        <Notice kind="error" title="Talerrettingen ble ikke lagret">
          <p>{speakerError}</p>
        </Notice>
      )}
      {recorder.segments.size > 0 && recorder.state !== 'stopped' ? (
        <div className="live-transcript">
          <h3>Transkripsjon underveis</h3>
          <TranscriptView
            segments={liveSegments}
            label="Transkripsjon underveis"
            onSpeakerChange={(index, speaker) => void correctSpeaker(index, speaker)}
          />
        </div>
      ) : null}
      {props.detail.transcript !== undefined &&
      props.detail.transcript !== null &&
      props.detail.transcript.segments.length > 0 &&
      !recording ? (
        <div className="stored-transcript">
          <h3>Transkripsjon ({props.detail.transcript.segments.length} avsnitt)</h3>
          <p className="hint">
            {props.detail.transcript.segments.every((segment) => segment.speaker === 'lege')
              ? 'Et diktat: utkastet får ordene dine ordrett, med kommandoene («punktum», «ny linje», «overskrift …») utført.'
              : 'Rett hvem som snakker der det er feil, før du lager utkast.'}
          </p>
          <TranscriptView
            segments={props.detail.transcript.segments}
            onSpeakerChange={(index, speaker) => void correctSpeaker(index, speaker)}
          />
        </div>
      ) : null}
    </section>
  );
}

/**
 * Conversation or dictation (issue 13): a dictation is the clinician alone, so every word is
 * theirs and goes into the document as said, with spoken commands carried out.
 */
function CaptureModeChoice(props: {
  readonly mode: CaptureMode;
  readonly disabled: boolean;
  readonly onChange: (mode: CaptureMode) => void;
}) {
  return (
    <fieldset className="capture-mode">
      <legend>Hva tar du opp?</legend>
      <div className="radio-row">
        <label>
          <input
            type="radio"
            name="capture-mode"
            value="conversation"
            checked={props.mode === 'conversation'}
            disabled={props.disabled}
            onChange={() => {
              props.onChange('conversation');
            }}
          />{' '}
          Samtale med pasienten
        </label>
        <label>
          <input
            type="radio"
            name="capture-mode"
            value="dictation"
            checked={props.mode === 'dictation'}
            disabled={props.disabled}
            aria-describedby={props.mode === 'dictation' ? 'dictation-help' : undefined}
            onChange={() => {
              props.onChange('dictation');
            }}
          />{' '}
          Diktat (bare du snakker)
        </label>
      </div>
      {props.mode === 'dictation' ? (
        <div className="hint" id="dictation-help">
          <p>Ordene dine kommer med ordrett i dokumentet. Si kommandoene som ord:</p>
          <ul className="dictation-commands">
            <li>«punktum», «komma», «kolon», «spørsmålstegn»</li>
            <li>«ny linje», «nytt avsnitt»</li>
            <li>«overskrift vurdering» (eller en annen del av malen)</li>
            <li>«stryk siste setning», «stryk siste ord»</li>
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
