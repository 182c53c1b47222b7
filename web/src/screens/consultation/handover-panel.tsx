import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { toUserMessage } from '../../api/api-client.js';
import type { ConsultationDetail, ExportText } from '../../api/schemas.js';
import { useApp } from '../../app-context.js';
import { copyText } from '../../components/copy-text.js';
import { EraseButton } from '../../components/erase-dialog.js';
import { Notice } from '../../components/notice.js';
import { describePatient } from '../../components/patient-banner.js';
import { useCapabilities } from '../../components/use-capabilities.js';
import { useShortcut } from '../../components/use-shortcut.js';
import { formatClock } from '../../lib/format.js';
import { templateIds, templateTitles, type TemplateId } from '../../lib/labels.js';
import { getShortcut } from '../../lib/shortcuts.js';

/**
 * Hand-over (issue 6 §7): copy section by section (how text reaches most Norwegian GP systems
 * today) or all at once, download or send the FHIR document, then erase.
 */
export function HandoverPanel(props: {
  readonly detail: ConsultationDetail;
  readonly onErased: () => void;
  /** Something left Referent (copied or sent): the status may now be «Overført». */
  readonly onHandedOver?: () => void;
}) {
  const { detail } = props;
  const { api, announce, workspace } = useApp();
  const templates = templateIds.filter(
    (template) =>
      detail.approved?.[template] !== undefined ||
      (detail.approved === undefined && detail.templates?.includes(template)),
  );
  const [active, setActive] = useState<TemplateId>(templates[0] ?? detail.template);
  const [exported, setExported] = useState<Partial<Record<TemplateId, ExportText>>>({});
  /** Where each failure is shown: beside the button that caused it (`section:<key>` per section). */
  const [error, setError] = useState<
    { readonly at: string; readonly message: string } | undefined
  >();
  const capabilities = useCapabilities();
  const canSend = typeof capabilities === 'object' && capabilities.fhirSend.available;
  const [copied, setCopied] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<Partial<Record<TemplateId, boolean>>>({});
  const focusedSection = useRef<string | undefined>(undefined);
  const copiedTimer = useRef<number | undefined>(undefined);
  const tabRefs = useRef(new Map<TemplateId, HTMLButtonElement>());

  const approvedNote = detail.approved?.[active];
  const patient = describePatient(detail.patient);
  const text = exported[active];

  useEffect(() => {
    if (exported[active] !== undefined) return undefined;
    let cancelled = false;
    api.exportText(detail.id, active).then(
      (result) => {
        if (!cancelled) setExported((current) => ({ ...current, [active]: result }));
      },
      (caught: unknown) => {
        if (!cancelled) setError({ at: 'load', message: toUserMessage(caught) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, active, detail.id, exported]);

  useEffect(
    () => () => {
      window.clearTimeout(copiedTimer.current);
    },
    [],
  );

  const copy = async (label: string, key: string, value: string): Promise<void> => {
    const at = key === '*all*' ? 'actions' : `section:${key}`;
    setError(undefined);
    try {
      await copyText(value);
      setCopied(key);
      announce(
        patient === undefined
          ? `Kopiert: ${label}. Lim inn i journalen.`
          : `Kopiert: ${label} for ${patient}. Lim inn i journalen til denne pasienten.`,
      );
      window.clearTimeout(copiedTimer.current);
      copiedTimer.current = window.setTimeout(() => {
        setCopied(undefined);
      }, 2500);
    } catch {
      setError({ at, message: 'Kunne ikke kopiere. Marker teksten og kopier med Ctrl + C.' });
      return;
    }
    // Copied text has left Referent: only now does the consultation count as handed over.
    try {
      await api.recordCopy(detail.id, active);
      props.onHandedOver?.();
    } catch (caught: unknown) {
      setError({
        at,
        message: `Teksten er kopiert, men Referent fikk ikke registrert det. ${toUserMessage(caught)}`,
      });
    }
  };

  useShortcut('copy-section', () => {
    const sections = text?.sections ?? [];
    const section =
      sections.find((candidate) => candidate.key === focusedSection.current) ?? sections[0];
    if (section !== undefined) void copy(section.title, section.key, section.text);
  });

  const download = async (): Promise<void> => {
    setError(undefined);
    try {
      const blob = await api.exportFhir(detail.id, active);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `referent-${active}.fhir.json`;
      link.click();
      window.setTimeout(() => {
        URL.revokeObjectURL(url);
      }, 10_000);
      announce('FHIR-dokumentet er lastet ned.');
      props.onHandedOver?.();
    } catch (caught: unknown) {
      setError({ at: 'actions', message: toUserMessage(caught) });
    }
  };

  const send = async (): Promise<void> => {
    setError(undefined);
    setSending(true);
    try {
      const erased = await api.sendFhir(detail.id, active);
      setSent((current) => ({ ...current, [active]: true }));
      announce('Dokumentet er sendt til journalsystemet.');
      if (erased) {
        // This installation erases right after a successful hand-over (REFERENT_FHIR_ERASE_AFTER_SEND).
        workspace.forget(detail.id);
        props.onErased();
      } else {
        props.onHandedOver?.();
      }
    } catch (caught: unknown) {
      setError({ at: 'actions', message: toUserMessage(caught) });
    } finally {
      setSending(false);
    }
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const index = templates.indexOf(active);
    let next: TemplateId | undefined;
    if (event.key === 'ArrowRight') next = templates[(index + 1) % templates.length];
    if (event.key === 'ArrowLeft')
      next = templates[(index - 1 + templates.length) % templates.length];
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    tabRefs.current.get(next)?.focus();
  };

  const copyShortcut = getShortcut('copy-section');

  return (
    <div className="handover">
      <section className="card" aria-labelledby="handover-title">
        <h2 id="handover-title">Godkjent – før over til journalen</h2>
        {approvedNote === undefined ? null : (
          <p className="approved-by" data-testid="approved-by">
            Godkjent av <strong>{approvedNote.approvedBy.displayName}</strong>
            {approvedNote.approvedBy.hpr === undefined || approvedNote.approvedBy.hpr === null
              ? ''
              : ` (HPR ${approvedNote.approvedBy.hpr})`}{' '}
            kl. {formatClock(Date.parse(approvedNote.approvedAt))}.
          </p>
        )}
        {templates.length > 1 ? (
          <div className="tabs" role="tablist" aria-label="Dokumenter">
            {templates.map((template) => (
              <button
                key={template}
                ref={(element) => {
                  if (element === null) tabRefs.current.delete(template);
                  else tabRefs.current.set(template, element);
                }}
                type="button"
                role="tab"
                className="tab"
                aria-selected={template === active}
                tabIndex={template === active ? 0 : -1}
                onKeyDown={onTabKey}
                onClick={() => {
                  setActive(template);
                }}
              >
                {templateTitles[template]}
              </button>
            ))}
          </div>
        ) : null}
        {error?.at === 'load' ? (
          <Notice kind="error">
            <p>{error.message}</p>
          </Notice>
        ) : null}
        {text === undefined ? (
          <p aria-live="polite">Henter teksten …</p>
        ) : (
          <>
            <p className="handover-patient" data-testid="handover-patient">
              {patient === undefined ? (
                <>
                  Ingen pasient er registrert på konsultasjonen.{' '}
                  <strong>Sjekk at journalen du limer inn i, gjelder riktig pasient.</strong>
                </>
              ) : (
                <>
                  Lim inn i journalen til <strong>{patient}</strong>.
                </>
              )}
            </p>
            <p className="hint">
              Kopier avsnitt for avsnitt inn i journalsystemet, eller alt på en gang.
              {canSend
                ? ' Sending som FHIR-dokument kan være satt opp til å slette alt fra Referent rett etterpå.'
                : ''}{' '}
              Hurtigtast: {copyShortcut.label} kopierer avsnittet du står i.
            </p>
            <div className="export-sections">
              {text.sections.map((section) => (
                <div
                  className="export-section"
                  key={section.key}
                  onFocus={() => {
                    focusedSection.current = section.key;
                  }}
                >
                  <div className="export-section-head">
                    <h3>{section.title}</h3>
                    <button
                      type="button"
                      className="button small"
                      aria-keyshortcuts={copyShortcut.aria}
                      onClick={() => void copy(section.title, section.key, section.text)}
                    >
                      {copied === section.key ? 'Kopiert ✓' : 'Kopier avsnitt'}
                      <span className="visually-hidden"> {section.title}</span>
                    </button>
                  </div>
                  {error?.at === `section:${section.key}` ? (
                    <Notice kind="error">
                      <p>{error.message}</p>
                    </Notice>
                  ) : null}
                  <p className="export-text">{section.text}</p>
                </div>
              ))}
            </div>
            {text.disclosure === undefined || text.disclosure === null ? null : (
              <p className="muted disclosure">{text.disclosure}</p>
            )}
            <div className="button-row">
              <button
                type="button"
                className="button primary"
                onClick={() => void copy('hele dokumentet', '*all*', text.fullText)}
              >
                {copied === '*all*' ? 'Kopiert ✓' : 'Kopier alt'}
              </button>
              <button type="button" className="button" onClick={() => void download()}>
                Last ned FHIR-dokument
              </button>
              {canSend ? (
                <button
                  type="button"
                  className="button"
                  disabled={sending}
                  onClick={() => void send()}
                >
                  {sent[active] === true
                    ? 'Sendt ✓'
                    : sending
                      ? 'Sender …'
                      : 'Send til journalsystemet (FHIR)'}
                </button>
              ) : null}
            </div>
            {error?.at === 'actions' ? (
              <Notice kind="error">
                <p>{error.message}</p>
              </Notice>
            ) : null}
          </>
        )}
      </section>
      <section className="card finish" aria-labelledby="finish-title">
        <h2 id="finish-title">Ferdig?</h2>
        <p>
          Når teksten er i journalen, sletter du alt fra Referent. Lyd, transkripsjon og utkast
          forsvinner for godt.
        </p>
        <EraseButton consultationId={detail.id} onErased={props.onErased} />
      </section>
    </div>
  );
}
