import { useState, type SyntheticEvent } from 'react';
import type { ApiClient } from '../api/api-client.js';
import { toLoginFailure } from '../lib/login-failure.js';
import type { User } from '../api/schemas.js';
import { Notice } from '../components/notice.js';

export function LoginScreen(props: {
  readonly api: ApiClient;
  readonly onLoggedIn: (user: User) => void;
  readonly notice?: string;
  readonly overlay?: boolean;
  readonly expectedUsername?: string;
}) {
  const [username, setUsername] = useState(props.expectedUsername ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  /** While the server asked us to wait (503, 429, 408 with Retry-After), the button stays off. */
  const [waiting, setWaiting] = useState(false);

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (waiting) return;
    if (username.trim() === '' || password === '') {
      setError('Skriv inn brukernavn og passord.');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const response = await props.api.login(username.trim(), password);
      setPassword('');
      props.onLoggedIn(response.user);
    } catch (caught: unknown) {
      // The typed username and password stay; only the message and the wait change.
      const failure = toLoginFailure(caught);
      setError(failure.message);
      if (failure.waitMs > 0) {
        setWaiting(true);
        setTimeout(() => {
          setWaiting(false);
        }, failure.waitMs);
      }
    } finally {
      setBusy(false);
    }
  };

  const form = (
    <form className="card login-card" onSubmit={(event) => void submit(event)} noValidate>
      <h1 id="login-title">{props.overlay === true ? 'Logg inn igjen' : 'Logg inn i Referent'}</h1>
      {props.notice === undefined ? null : <Notice kind="info">{props.notice}</Notice>}
      <div className="field">
        <label htmlFor="login-username">Brukernavn</label>
        <input
          id="login-username"
          name="username"
          autoComplete="username"
          value={username}
          autoFocus={props.expectedUsername === undefined}
          onChange={(event) => {
            setUsername(event.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor="login-password">Passord</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          autoFocus={props.expectedUsername !== undefined}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
      </div>
      {error === undefined ? null : (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button primary wide" disabled={busy || waiting}>
        {busy ? 'Logger inn …' : 'Logg inn'}
      </button>
    </form>
  );

  if (props.overlay === true) {
    return (
      <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="login-title">
        {form}
      </div>
    );
  }
  return (
    <main className="page login-page" id="main">
      <p className="brand large">Referent</p>
      {form}
      <p className="muted small-print">
        Referent lager utkast til journalnotat fra samtalen. Legen godkjenner alt, og innholdet
        slettes etter konsultasjonen.
      </p>
    </main>
  );
}
