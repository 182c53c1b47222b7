import { useState, type SyntheticEvent } from 'react';
import { ApiError, toUserMessage, type ApiClient } from '../api/api-client.js';
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

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
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
      setError(
        caught instanceof ApiError && caught.status === 401
          ? 'Feil brukernavn eller passord. Prøv igjen.'
          : toUserMessage(caught),
      );
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
      <button type="submit" className="button primary wide" disabled={busy}>
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
