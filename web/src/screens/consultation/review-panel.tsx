import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { toUserMessage, type NoteUpdate } from '../../api/api-client.js';
import type { ConsultationDetail, Draft, DraftSentence } from '../../api/schemas.js';
import { useApp, useWorkspaceVersion } from '../../app-context.js';
import { Notice } from '../../components/notice.js';
import { useShortcut } from '../../components/use-shortcut.js';
import {
  groupEvidenceBySegment,
  locateSentences,
  nextInCycle,
  sentenceIndexAt,
} from '../../lib/evidence.js';
import { formatClock, joinNorwegian } from '../../lib/format.js';
import { templateIds, templateTitles, toEngineLabel, type TemplateId } from '../../lib/labels.js';
import { getShortcut } from '../../lib/shortcuts.js';
import { DiagnosisEditor, type EditableDiagnosis } from './diagnosis-editor.js';
import { TranscriptView } from './transcript-view.js';

interface DocumentState {
  readonly template: TemplateId;
  readonly sections: readonly {
    readonly key: string;
    readonly title: string;
    readonly text: string;
  }[];
  readonly diagnoses: readonly EditableDiagnosis[];
}

interface Selection {
  readonly template: TemplateId;
  readonly sectionKey: string;
  readonly sentenceIndex: number;
}

const flagKindLabels: Readonly<Record<string, string>> = {
  unsupported: 'Fant ikke støtte for dette i samtalen.',
  'number-conflict': 'Tallet stemmer ikke med samtalen.',
  'unit-conflict': 'Enheten stemmer ikke med samtalen.',
  'laterality-conflict': 'Siden stemmer ikke med samtalen.',
  'person-conflict': 'Gjelder en annen person enn pasienten.',
  'wording-not-found': 'Ordlyden finnes ikke i samtalen.',
  'number-not-in-transcript': 'Tallet finnes ikke i samtalen.',
  'drug-not-in-transcript': 'Legemiddelet er ikke nevnt i samtalen.',
  'negation-conflict': 'Samtalen sier kanskje det motsatte.',
  'unknown-pseudonym': 'Inneholder et navn eller kjennetegn Referent ikke kjenner igjen.',
  'code-unknown': 'Ukjent diagnosekode.',
};

type Severity = 'info' | 'warning' | 'error';
const severityRank: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** The most serious flag of a sentence (design §6.4); flags without a severity count as warnings. */
export function sentenceSeverity(sentence: DraftSentence): Severity | undefined {
  let worst: Severity | undefined;
  for (const flag of sentence.flags) {
    const severity = flag.severity ?? 'warning';
    if (worst === undefined || severityRank[severity] > severityRank[worst]) worst = severity;
  }
  if (worst === undefined && !sentence.supported) return 'warning';
  return worst;
}

/** Why a sentence is flagged, in plain words; empty when it is not flagged. */
export function flagReasons(sentence: DraftSentence): string[] {
  const reasons = sentence.flags.map(
    (flag) => flag.message.trim() || (flagKindLabels[flag.kind] ?? 'Sjekk denne setningen.'),
  );
  if (!sentence.supported && reasons.length === 0)
    reasons.push(flagKindLabels['unsupported'] ?? '');
  return reasons;
}

/** True when a sentence needs the clinician's attention: a `warning` or an `error`. */
function needsAttention(sentence: DraftSentence): boolean {
  const severity = sentenceSeverity(sentence);
  return severity === 'warning' || severity === 'error';
}

function toDocument(
  template: TemplateId,
  detail: ConsultationDetail,
  unsent: NoteUpdate | undefined,
): DocumentState {
  const draft = detail.drafts?.[template];
  const note = detail.note?.[template];
  const titles = new Map((draft?.sections ?? []).map((section) => [section.key, section.title]));
  const source = unsent?.sections ?? note?.sections ?? draft?.sections ?? [];
  return {
    template,
    sections: source.map((section) => ({
      key: section.key,
      title:
        titles.get(section.key) ??
        ('title' in section && typeof section.title === 'string' ? section.title : section.key),
      text: section.text,
    })),
    diagnoses: (unsent?.diagnoses ?? note?.diagnoses ?? draft?.diagnoses ?? []).map(
      (diagnosis) => ({
        system: diagnosis.system,
        code: diagnosis.code,
        text: diagnosis.text ?? '',
      }),
    ),
  };
}

function toUpdate(document: DocumentState): NoteUpdate {
  return {
    template: document.template,
    sections: document.sections.map((section) => ({ key: section.key, text: section.text })),
    diagnoses: document.diagnoses.map((diagnosis) => ({
      system: diagnosis.system,
      code: diagnosis.code,
      text: diagnosis.text,
    })),
  };
}

function sectionFieldId(template: TemplateId, key: string): string {
  return `section-${template}-${key}`;
}

/**
 * Review (issue 6 §6): the note's sections as editable text beside the transcript. The sentence
 * under the caret has its evidence marked in the transcript; flagged sentences are listed with
 * their reasons; edits autosave.
 */
export function ReviewPanel(props: {
  readonly detail: ConsultationDetail;
  readonly onApproved: () => void;
}) {
  const { api, workspace, announce } = useApp();
  useWorkspaceVersion();
  const { detail } = props;
  const queue = workspace.getQueue(detail.id);
  const templates = useMemo(
    () => templateIds.filter((template) => detail.drafts?.[template] !== undefined),
    [detail.drafts],
  );
  const [active, setActive] = useState<TemplateId>(templates[0] ?? detail.template);
  const [documents, setDocuments] = useState<Readonly<Partial<Record<TemplateId, DocumentState>>>>(
    () =>
      Object.fromEntries(
        templates.map((template) => [
          template,
          toDocument(template, detail, queue.tryGetUnsent(template)),
        ]),
      ),
  );
  const [selection, setSelection] = useState<Selection | undefined>();
  const [approving, setApproving] = useState(false);
  const [approveError, setApproveError] = useState<string | undefined>();
  const tabRefs = useRef(new Map<TemplateId, HTMLButtonElement>());

  const segments = detail.transcript?.segments ?? [];
  const activeDocument = documents[active];
  const activeDraft: Draft | undefined = detail.drafts?.[active];
  const saveState = workspace.tryGetSaveState(detail.id);

  const draftSentences = useCallback(
    (template: TemplateId, key: string): readonly DraftSentence[] =>
      detail.drafts?.[template]?.sections.find((section) => section.key === key)?.sentences ?? [],
    [detail.drafts],
  );

  /** Flagged sentences (warning or error) of the active document, in reading order. */
  const flagged = useMemo(() => {
    const list: {
      sectionKey: string;
      sentenceIndex: number;
      text: string;
      reasons: string[];
      severity: Severity;
    }[] = [];
    for (const section of activeDraft?.sections ?? []) {
      for (const [sentenceIndex, sentence] of section.sentences.entries()) {
        const severity = sentenceSeverity(sentence);
        if (severity === undefined || severity === 'info') continue;
        list.push({
          sectionKey: section.key,
          sentenceIndex,
          text: sentence.text,
          reasons: flagReasons(sentence),
          severity,
        });
      }
    }
    return list;
  }, [activeDraft]);
  const errors = flagged.filter((entry) => entry.severity === 'error');

  /**
   * Error flags still open in the documents about to be approved: the flagged sentence is still in
   * the section's text (a clinician who rewrote it has dealt with it).
   */
  const openErrors = (): { template: TemplateId; text: string }[] => {
    const open: { template: TemplateId; text: string }[] = [];
    for (const template of templates) {
      const draft = detail.drafts?.[template];
      const document = documents[template];
      for (const section of draft?.sections ?? []) {
        const current = document?.sections.find((candidate) => candidate.key === section.key);
        for (const sentence of section.sentences) {
          if (sentenceSeverity(sentence) !== 'error') continue;
          if (current !== undefined && current.text.includes(sentence.text))
            open.push({ template, text: sentence.text });
        }
      }
    }
    return open;
  };
  const confirmDialog = useRef<HTMLDialogElement>(null);
  const [pendingErrors, setPendingErrors] = useState<readonly { text: string }[]>([]);

  const selectedSentence =
    selection === undefined
      ? undefined
      : draftSentences(selection.template, selection.sectionKey)[selection.sentenceIndex];
  const highlights = useMemo(
    () => groupEvidenceBySegment(selectedSentence?.evidence ?? [], segments.length),
    [selectedSentence, segments.length],
  );

  const updateDocument = (
    template: TemplateId,
    change: (document: DocumentState) => DocumentState,
  ): void => {
    const document = documents[template];
    if (document === undefined) return;
    const next = change(document);
    setDocuments({ ...documents, [template]: next });
    queue.update(template, toUpdate(next));
  };

  const onCaret = (template: TemplateId, key: string, element: HTMLTextAreaElement): void => {
    const located = locateSentences(element.value, draftSentences(template, key));
    const index = sentenceIndexAt(located, element.selectionStart);
    setSelection(
      index === undefined ? undefined : { template, sectionKey: key, sentenceIndex: index },
    );
  };

  const selectSentence = (sectionKey: string, sentenceIndex: number): void => {
    const element = document.getElementById(sectionFieldId(active, sectionKey));
    const sentence = draftSentences(active, sectionKey)[sentenceIndex];
    if (!(element instanceof HTMLTextAreaElement) || sentence === undefined) return;
    const range = locateSentences(element.value, draftSentences(active, sectionKey))[sentenceIndex];
    element.focus();
    if (range !== undefined) element.setSelectionRange(range.start, range.end);
    setSelection({ template: active, sectionKey, sentenceIndex });
  };

  const goToNextFlag = (): void => {
    const currentPosition =
      selection === undefined
        ? undefined
        : flagged.findIndex(
            (entry) =>
              entry.sectionKey === selection.sectionKey &&
              entry.sentenceIndex === selection.sentenceIndex,
          );
    const next = nextInCycle(flagged.length, currentPosition === -1 ? undefined : currentPosition);
    const entry = next === undefined ? undefined : flagged[next];
    if (entry === undefined) {
      announce('Ingen merkede setninger i dette dokumentet.');
      return;
    }
    selectSentence(entry.sectionKey, entry.sentenceIndex);
    announce(`Merket setning ${(next ?? 0) + 1} av ${flagged.length}: ${entry.reasons.join(' ')}`);
  };

  /** Approval asks for a confirmation while an error flag is open (issue 11 §5). */
  const requestApproval = (): void => {
    if (approving) return;
    const open = openErrors();
    if (open.length === 0) {
      void approve();
      return;
    }
    setPendingErrors(open);
    confirmDialog.current?.showModal();
  };

  const approve = async (): Promise<void> => {
    if (approving) return;
    confirmDialog.current?.close();
    setApproving(true);
    setApproveError(undefined);
    try {
      await queue.flush();
    } catch (caught: unknown) {
      setApproveError(
        `Endringene dine er ikke lagret på serveren ennå, så notatet kan ikke godkjennes. ${toUserMessage(caught)}`,
      );
      setApproving(false);
      return;
    }
    try {
      // The main document first; the approval records the approver on the server (P1).
      const ordered = [
        detail.template,
        ...templates.filter((template) => template !== detail.template),
      ].filter((template) => templates.includes(template));
      for (const template of ordered) await api.approve(detail.id, template);
      announce('Godkjent.');
      props.onApproved();
    } catch (caught: unknown) {
      setApproveError(toUserMessage(caught));
      setApproving(false);
    }
  };

  useShortcut('next-flag', goToNextFlag);
  useShortcut('approve', requestApproval);

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const index = templates.indexOf(active);
    let next: TemplateId | undefined;
    if (event.key === 'ArrowRight') next = templates[(index + 1) % templates.length];
    if (event.key === 'ArrowLeft')
      next = templates[(index - 1 + templates.length) % templates.length];
    if (event.key === 'Home') next = templates[0];
    if (event.key === 'End') next = templates[templates.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    setSelection(undefined);
    tabRefs.current.get(next)?.focus();
  };

  const approveShortcut = getShortcut('approve');
  const nextFlagShortcut = getShortcut('next-flag');

  return (
    <div className="review">
      <div className="review-toolbar">
        <div className="tabs" role="tablist" aria-label="Dokumenter">
          {templates.map((template) => {
            const count = (detail.drafts?.[template]?.sections ?? []).reduce(
              (sum, section) => sum + section.sentences.filter(needsAttention).length,
              0,
            );
            return (
              <button
                key={template}
                ref={(element) => {
                  if (element === null) tabRefs.current.delete(template);
                  else tabRefs.current.set(template, element);
                }}
                type="button"
                role="tab"
                id={`tab-${template}`}
                aria-selected={template === active}
                aria-controls={`panel-${template}`}
                tabIndex={template === active ? 0 : -1}
                className="tab"
                onKeyDown={onTabKey}
                onClick={() => {
                  setActive(template);
                  setSelection(undefined);
                }}
              >
                {templateTitles[template]}
                {count > 0 ? <span className="flag-count"> ({count} merket)</span> : null}
              </button>
            );
          })}
        </div>
        <SaveIndicator
          state={saveState}
          onRetry={() => {
            queue.retryNow();
          }}
        />
      </div>

      <div className="review-grid">
        <div
          className="note-column"
          role="tabpanel"
          id={`panel-${active}`}
          aria-labelledby={`tab-${active}`}
        >
          {activeDraft === undefined || activeDocument === undefined ? (
            <Notice kind="warning">Dette dokumentet har ikke noe utkast ennå.</Notice>
          ) : (
            <>
              <p className="ai-disclosure">
                Utkastet er laget med KI ({toEngineLabel(activeDraft.engine.kind)}
                {activeDraft.engine.model === undefined || activeDraft.engine.model === null
                  ? ''
                  : `, ${activeDraft.engine.model}`}
                ). Les og rett alt før du godkjenner. Klikk i en setning for å se hvor i samtalen
                den kommer fra.
              </p>
              {activeDraft.warnings.length > 0 ? (
                <Notice kind="warning" title="Merknader fra Referent">
                  <ul>
                    {activeDraft.warnings.map((warning) => (
                      <li key={warning}>{warning}</li>
                    ))}
                  </ul>
                </Notice>
              ) : null}
              {errors.length > 0 ? (
                <div className="error-flags" role="alert" data-testid="error-flags">
                  <h3>
                    {errors.length === 1
                      ? '1 setning motsier samtalen'
                      : `${errors.length} setninger motsier samtalen`}
                  </h3>
                  <p>Rett eller fjern disse før du godkjenner:</p>
                  <ul>
                    {errors.map((entry) => (
                      <li key={`${entry.sectionKey}-${entry.sentenceIndex}`}>
                        <span>«{entry.text}»</span>{' '}
                        <span className="flag-reason">{entry.reasons.join(' ')}</span>{' '}
                        <button
                          type="button"
                          className="button small link"
                          onClick={() => {
                            selectSentence(entry.sectionKey, entry.sentenceIndex);
                          }}
                        >
                          Vis
                        </button>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {flagged.length > 0 ? (
                <div className="flag-summary">
                  <p>
                    <strong>{flagged.length}</strong>{' '}
                    {flagged.length === 1 ? 'setning er merket' : 'setninger er merket'} og bør
                    sjekkes mot samtalen.
                  </p>
                  <button
                    type="button"
                    className="button small"
                    aria-keyshortcuts={nextFlagShortcut.aria}
                    onClick={goToNextFlag}
                  >
                    Neste merkede setning <kbd>{nextFlagShortcut.label}</kbd>
                  </button>
                </div>
              ) : null}
              {activeDocument.sections.map((section) => {
                const sectionFlags = flagged.filter((entry) => entry.sectionKey === section.key);
                const selectedHere =
                  selection?.template === active && selection.sectionKey === section.key
                    ? selection
                    : undefined;
                const selectedReasons =
                  selectedHere === undefined || selectedSentence === undefined
                    ? []
                    : flagReasons(selectedSentence);
                const fieldId = sectionFieldId(active, section.key);
                return (
                  <div className="note-section" key={section.key} data-section={section.key}>
                    <label className="section-title" htmlFor={fieldId}>
                      {section.title}
                    </label>
                    <textarea
                      id={fieldId}
                      value={section.text}
                      rows={Math.max(3, Math.ceil(section.text.length / 70) + 1)}
                      spellCheck
                      lang="nb"
                      aria-describedby={sectionFlags.length > 0 ? `${fieldId}-flags` : undefined}
                      onChange={(event) => {
                        const text = event.target.value;
                        updateDocument(active, (document) => ({
                          ...document,
                          sections: document.sections.map((candidate) =>
                            candidate.key === section.key ? { ...candidate, text } : candidate,
                          ),
                        }));
                        onCaret(active, section.key, event.target);
                      }}
                      onSelect={(event) => {
                        onCaret(active, section.key, event.currentTarget);
                      }}
                      onClick={(event) => {
                        onCaret(active, section.key, event.currentTarget);
                      }}
                      onKeyUp={(event) => {
                        onCaret(active, section.key, event.currentTarget);
                      }}
                      onFocus={(event) => {
                        onCaret(active, section.key, event.currentTarget);
                      }}
                    />
                    {selectedHere !== undefined && selectedSentence !== undefined ? (
                      <div className="evidence-info" role="status" data-testid="evidence-info">
                        <span className="selected-sentence">
                          «
                          {selectedSentence.text.length > 90
                            ? `${selectedSentence.text.slice(0, 87)}…`
                            : selectedSentence.text}
                          »
                        </span>{' '}
                        {selectedSentence.evidence.length > 0
                          ? `Kilde: ${selectedSentence.evidence.length === 1 ? 'markert' : `${selectedSentence.evidence.length} steder markert`} i samtalen til høyre.`
                          : 'Denne setningen har ingen kilde i samtalen. Sjekk den.'}
                        {selectedReasons.length > 0 ? (
                          <strong> {selectedReasons.join(' ')}</strong>
                        ) : null}
                      </div>
                    ) : null}
                    {sectionFlags.length > 0 ? (
                      <ul
                        className="flag-list"
                        id={`${fieldId}-flags`}
                        aria-label={`Merkede setninger i ${section.title}`}
                      >
                        {sectionFlags.map((entry) => (
                          <li
                            key={entry.sentenceIndex}
                            className={entry.severity === 'error' ? 'flagged error' : 'flagged'}
                          >
                            <span className="flag-icon" aria-hidden="true">
                              !
                            </span>
                            {entry.severity === 'error' ? (
                              <span className="visually-hidden">Feil: </span>
                            ) : null}
                            <span>
                              «{entry.text}»{' '}
                              <span className="flag-reason">{entry.reasons.join(' ')}</span>
                            </span>
                            <button
                              type="button"
                              className="button small link"
                              onClick={() => {
                                selectSentence(entry.sectionKey, entry.sentenceIndex);
                              }}
                            >
                              Vis
                            </button>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                );
              })}
              <DiagnosisEditor
                idPrefix={active}
                diagnoses={activeDocument.diagnoses}
                defaultSystem={active === 'epikrise' ? 'ICD-10' : 'ICPC-2'}
                readOnly={false}
                onChange={(diagnoses) => {
                  updateDocument(active, (document) => ({ ...document, diagnoses }));
                }}
              />
            </>
          )}
          <div className="approve-bar">
            {approveError === undefined ? null : (
              <Notice kind="error" title="Ikke godkjent">
                <p>{approveError}</p>
              </Notice>
            )}
            <p className="hint">
              Når du godkjenner,{' '}
              {templates.length > 1
                ? `godkjenner du ${joinNorwegian(templates.map((template) => templateTitles[template].toLowerCase()))}`
                : 'låses teksten'}{' '}
              og du står som ansvarlig. Etterpå kan du kopiere teksten til journalen.
            </p>
            <button
              type="button"
              className="button primary big"
              aria-keyshortcuts={approveShortcut.aria}
              disabled={approving}
              onClick={requestApproval}
            >
              {approving ? 'Godkjenner …' : 'Godkjenn'} <kbd>{approveShortcut.label}</kbd>
            </button>
            <dialog
              ref={confirmDialog}
              className="dialog"
              aria-labelledby="confirm-errors-title"
              aria-describedby="confirm-errors-description"
            >
              <h2 id="confirm-errors-title">Godkjenne med feil i teksten?</h2>
              <div id="confirm-errors-description">
                <p>
                  {pendingErrors.length === 1
                    ? 'Én setning motsier fortsatt det som ble sagt i samtalen:'
                    : `${pendingErrors.length} setninger motsier fortsatt det som ble sagt i samtalen:`}
                </p>
                <ul>
                  {pendingErrors.map((entry) => (
                    <li key={entry.text}>«{entry.text}»</li>
                  ))}
                </ul>
                <p>Du er ansvarlig for innholdet. Vil du godkjenne likevel?</p>
              </div>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  autoFocus
                  onClick={() => {
                    confirmDialog.current?.close();
                  }}
                >
                  Gå tilbake og rett
                </button>
                <button type="button" className="button danger" onClick={() => void approve()}>
                  Godkjenn likevel
                </button>
              </div>
            </dialog>
          </div>
        </div>
        {/* Focusable so keyboard users can scroll the conversation (WCAG 2.1.1). */}
        <aside className="transcript-column" aria-label="Samtalen" tabIndex={0}>
          <h2>Samtalen</h2>
          <TranscriptView
            segments={segments}
            highlights={highlights}
            {...(selection === undefined
              ? {}
              : {
                  highlightKey: `${selection.template}:${selection.sectionKey}:${selection.sentenceIndex}`,
                })}
          />
        </aside>
      </div>
    </div>
  );
}

function SaveIndicator(props: {
  readonly state: ReturnType<ReturnType<typeof useApp>['workspace']['tryGetSaveState']>;
  readonly onRetry: () => void;
}) {
  const state = props.state;
  let text = 'Alle endringer er lagret';
  let kind = 'saved';
  if (state !== undefined) {
    switch (state.status) {
      case 'saved':
        text =
          state.lastSavedAt === undefined
            ? 'Alle endringer er lagret'
            : `Lagret kl. ${formatClock(state.lastSavedAt)}`;
        break;
      case 'pending':
      case 'saving':
        text = 'Lagrer …';
        kind = 'saving';
        break;
      case 'retrying':
        text =
          'Ikke lagret ennå – får ikke kontakt. Prøver igjen. Endringene dine er tatt vare på i denne fanen.';
        kind = 'problem';
        break;
      case 'failed':
        text = `Ikke lagret: ${toUserMessage(state.lastError)}`;
        kind = 'problem';
        break;
    }
  }
  return (
    <div
      className={`save-indicator ${kind}`}
      role="status"
      aria-live="polite"
      data-testid="save-indicator"
    >
      <span>{text}</span>
      {kind === 'problem' ? (
        <button type="button" className="button small" onClick={props.onRetry}>
          Prøv nå
        </button>
      ) : null}
    </div>
  );
}
