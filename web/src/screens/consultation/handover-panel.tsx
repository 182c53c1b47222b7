import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { toUserMessage } from '../../api/api-client.js';
import type { ConsultationDetail, ExportText } from '../../api/schemas.js';
import { useApp } from '../../app-context.js';
import { copyText } from '../../components/copy-text.js';
import { EraseButton } from '../../components/erase-dialog.js';
import { Notice } from '../../components/notice.js';
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
  const [error, setError] = useState<string | undefined>();
  const [copied, setCopied] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<Partial<Record<TemplateId, boolean>>>({});
  const focusedSection = useRef<string | undefined>(undefined);
  const copiedTimer = useRef<number | undefined>(undefined);
  const tabRefs = useRef(new Map<TemplateId, HTMLButtonElement>());

  const approvedNote = detail.approved?.[active];
  const text = exported[active];

  useEffect(() => {
    if (exported[active] !== undefined) return undefined;
    let cancelled = false;
    api.exportText(detail.id, active).then(
      (result) => {
        if (!cancelled) setExported((current) => ({ ...current, [active]: result }));
      },
      (caught: unknown) => {
        if (!cancelled) setError(toUserMessage(caught));
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
    try {
      await copyText(value);
      setCopied(key);
      announce(`Kopiert: ${label}. Lim inn i journalen.`);
      window.clearTimeout(copiedTimer.current);
      copiedTimer.current = window.setTimeout(() => {
        setCopied(undefined);
      }, 2500);
    } catch {
      setError('Kunne ikke kopiere. Marker teksten og kopier med Ctrl + C.');
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
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
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
      }
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
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
        {error === undefined ? null : (
          <Notice kind="error">
            <p>{error}</p>
          </Notice>
        )}
        {text === undefined ? (
          <p aria-live="polite">Henter teksten …</p>
        ) : (
          <>
            <p className="hint">
              Kopier avsnitt for avsnitt inn i journalsystemet, eller alt på en gang. Sending som
              FHIR-dokument kan være satt opp til å slette alt fra Referent rett etterpå.
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
            </div>
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
