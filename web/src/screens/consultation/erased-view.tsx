import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../app-context.js';

/** Makes the erasure visible (P2): what is gone, and the server's own confirmation. */
export function ErasedView(props: {
  readonly consultationId: string;
  readonly alreadyGone?: boolean;
  /** The only content of the page: the heading is the page's h1. */
  readonly standalone?: boolean;
}) {
  const { api, navigate } = useApp();
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmed, setConfirmed] = useState<'checking' | 'yes' | 'unknown'>('checking');

  useEffect(() => {
    heading.current?.focus();
    document.title = 'Alt innhold er slettet – Referent';
    let cancelled = false;
    api.isGone(props.consultationId).then(
      (gone) => {
        if (!cancelled) setConfirmed(gone ? 'yes' : 'unknown');
      },
      () => {
        if (!cancelled) setConfirmed('unknown');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, props.consultationId]);

  return (
    <section className="card erased" aria-labelledby="erased-title">
      {props.standalone === true ? (
        <h1 id="erased-title" ref={heading} tabIndex={-1}>
          <span aria-hidden="true">✓ </span>Alt innhold er slettet
        </h1>
      ) : (
        <h2 id="erased-title" ref={heading} tabIndex={-1}>
          <span aria-hidden="true">✓ </span>Alt innhold er slettet
        </h2>
      )}
      <p>
        {props.alreadyGone === true
          ? 'Denne konsultasjonen er allerede slettet.'
          : 'Konsultasjonen er slettet fra Referent.'}{' '}
        Dette finnes ikke lenger:
      </p>
      <ul className="checklist">
        <li>lydopptaket</li>
        <li>transkripsjonen</li>
        <li>utkast og notat</li>
        <li>pseudonymnøkkelen (koblingen mellom navn og erstatninger)</li>
      </ul>
      <p className="muted">
        Revisjonsloggen beholder bare at konsultasjonen fant sted og hvem som behandlet den – uten
        helseopplysninger.
      </p>
      <p role="status" className={confirmed === 'yes' ? 'confirmed' : 'muted'}>
        {confirmed === 'checking'
          ? 'Sjekker med serveren …'
          : confirmed === 'yes'
            ? 'Bekreftet: serveren svarer at innholdet ikke finnes lenger.'
            : 'Kunne ikke få bekreftelse fra serveren nå. Sjekk listen over dagens konsultasjoner.'}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            navigate({ name: 'new' });
          }}
        >
          Ny konsultasjon
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
    </section>
  );
}
