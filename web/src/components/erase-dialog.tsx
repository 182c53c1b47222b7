import { useEffect, useRef, useState } from 'react';
import { toUserMessage } from '../api/api-client.js';
import { useApp } from '../app-context.js';

/**
 * «Slett nå» (P2): always one click plus a confirmation away. The native modal dialog traps focus
 * and closes on Escape.
 */
export function EraseButton(props: {
  readonly consultationId: string;
  readonly onErased: () => void;
}) {
  const { api, workspace } = useApp();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    const element = dialog.current;
    return () => {
      if (element?.open === true) element.close();
    };
  }, []);

  const erase = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await api.erase(props.consultationId);
      workspace.forget(props.consultationId);
      dialog.current?.close();
      props.onErased();
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button danger"
        onClick={() => {
          setError(undefined);
          dialog.current?.showModal();
        }}
      >
        Slett nå
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby="erase-title"
        aria-describedby="erase-description"
      >
        <h2 id="erase-title">Slette alt nå?</h2>
        <div id="erase-description">
          <p>
            Lyd, transkripsjon, utkast, notat og pseudonymnøkkel for denne konsultasjonen slettes
            for godt. Det kan ikke angres.
          </p>
          <p>Har du ført notatet over i journalen? Kopier det først hvis du trenger det.</p>
        </div>
        {error === undefined ? null : (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button danger"
            disabled={busy}
            onClick={() => void erase()}
          >
            {busy ? 'Sletter …' : 'Slett alt nå'}
          </button>
          <button
            type="button"
            className="button"
            autoFocus
            onClick={() => {
              dialog.current?.close();
            }}
          >
            Avbryt
          </button>
        </div>
      </dialog>
    </>
  );
}
