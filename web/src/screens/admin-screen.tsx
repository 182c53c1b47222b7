import { useState, type SyntheticEvent } from 'react';
import { toUserMessage } from '../api/api-client.js';
import type { AdminUser } from '../api/schemas.js';
import { useApp } from '../app-context.js';
import { Notice } from '../components/notice.js';
import { LoadedStatus, useLoaded } from '../components/use-loaded.js';
import { usePageTitle } from '../components/use-page-title.js';
import { roleLabels, roles, toEngineLabel, type Role } from '../lib/labels.js';
import { ModelsSection } from './models-section.js';

const regionNames: Readonly<Record<string, string>> = {
  NO: 'Norge',
  EU: 'EU/EØS',
  LOCAL: 'Lokalt på denne maskinen',
  US: 'USA (bare nedlasting av modellfiler)',
};

/** Users and roles; every engine and endpoint with its jurisdiction; retention; the AI switch. */
export function AdminScreen() {
  const heading = usePageTitle('Brukere og innstillinger');
  // Activating a model changes the engines table in the settings: read it again.
  const [settingsVersion, setSettingsVersion] = useState(0);
  return (
    <main className="page" id="main">
      <h1 ref={heading} tabIndex={-1}>
        Brukere og innstillinger
      </h1>
      <SettingsSection key={settingsVersion} />
      <ModelsSection
        onEnginesChanged={() => {
          setSettingsVersion((version) => version + 1);
        }}
      />
      <UsersSection />
    </main>
  );
}

function SettingsSection() {
  const { api, announce } = useApp();
  const loaded = useLoaded(() => api.getSettings());
  const settings = loaded.data;
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const toggle = async (enabled: boolean): Promise<void> => {
    if (
      !enabled &&
      !window.confirm(
        'Slå av KI-utkast for hele installasjonen? Ingen kan lage utkast før det slås på igjen.',
      )
    ) {
      return;
    }
    setBusy(true);
    try {
      loaded.replace(await api.setAiDrafting(enabled));
      announce(
        enabled ? 'KI-utkast er slått på.' : 'KI-utkast er slått av for hele installasjonen.',
      );
      setError(undefined);
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="settings-title">
      <h2 id="settings-title">Innstillinger</h2>
      <LoadedStatus loaded={loaded} what="innstillingene" />
      {error === undefined ? null : (
        <Notice kind="error" title="Innstillingen ble ikke endret">
          <p>{error}</p>
        </Notice>
      )}
      {settings === undefined ? null : (
        <>
          <div className="switch-row">
            <label className="switch">
              <input
                type="checkbox"
                role="switch"
                checked={settings.aiDraftingEnabled}
                disabled={busy}
                aria-describedby="ai-switch-hint"
                onChange={(event) => void toggle(event.target.checked)}
              />
              <span>
                KI-utkast for hele installasjonen: {settings.aiDraftingEnabled ? 'på' : 'av'}
              </span>
            </label>
            <p className="hint" id="ai-switch-hint">
              Når det er av, kan ingen lage utkast. Opptak, opplasting og sletting virker som før.
            </p>
          </div>
          <dl className="facts">
            <dt>Sletting av uferdige konsultasjoner</dt>
            <dd>etter {settings.retentionHours} timer</dd>
            <dt>Tillatte jurisdiksjoner</dt>
            <dd>
              {settings.allowedRegions.map((region) => regionNames[region] ?? region).join(', ')}
            </dd>
          </dl>
          <table className="table">
            <caption>Motorer og endepunkter Referent kan kontakte</caption>
            <thead>
              <tr>
                <th scope="col">Funksjon</th>
                <th scope="col">Motor</th>
                <th scope="col">Adresse</th>
                <th scope="col">Jurisdiksjon</th>
                <th scope="col">Modell</th>
              </tr>
            </thead>
            <tbody>
              {settings.endpoints.map((endpoint) => (
                <tr key={`${endpoint.name}:${endpoint.kind}`}>
                  <td>{endpoint.name}</td>
                  <td>{toEngineLabel(endpoint.kind)}</td>
                  <td className="break">
                    {endpoint.kind === 'none'
                      ? 'Ikke i bruk'
                      : (endpoint.url ?? 'Ingen – kjører lokalt')}
                  </td>
                  <td>
                    {endpoint.kind === 'none'
                      ? '–'
                      : endpoint.region === undefined || endpoint.region === null
                        ? regionNames['LOCAL']
                        : (regionNames[endpoint.region] ?? endpoint.region)}
                  </td>
                  <td>{endpoint.model ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function UsersSection() {
  const { api, announce, user: me } = useApp();
  const loaded = useLoaded(() => api.listUsers());
  const users = loaded.data;
  const load = loaded.reload;
  const [error, setError] = useState<string | undefined>();
  const [form, setForm] = useState({
    username: '',
    displayName: '',
    role: 'clinician' as Role,
    password: '',
    hpr: '',
  });
  const [formError, setFormError] = useState<string | undefined>();

  const create = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (form.username.trim() === '' || form.displayName.trim() === '') {
      setFormError('Fyll inn brukernavn og navn.');
      return;
    }
    if (form.password.length < 12) {
      setFormError('Passordet må ha minst 12 tegn.');
      return;
    }
    if (form.hpr.trim() !== '' && !/^\d{7,9}$/.test(form.hpr.trim())) {
      setFormError('HPR-nummeret må ha 7 til 9 sifre.');
      return;
    }
    setFormError(undefined);
    try {
      await api.createUser({
        username: form.username.trim(),
        displayName: form.displayName.trim(),
        role: form.role,
        password: form.password,
        ...(form.hpr.trim() === '' ? {} : { hpr: form.hpr.trim() }),
      });
      announce('Brukeren er opprettet.');
      setForm({ username: '', displayName: '', role: 'clinician', password: '', hpr: '' });
      await load();
    } catch (caught: unknown) {
      setFormError(toUserMessage(caught));
    }
  };

  const [resetFor, setResetFor] = useState<string | undefined>();
  const [newPassword, setNewPassword] = useState('');
  const [resetError, setResetError] = useState<string | undefined>();
  const [resetDone, setResetDone] = useState<string | undefined>();

  const resetPassword = async (target: AdminUser): Promise<void> => {
    setResetError(undefined);
    if (newPassword.length < 12) {
      setResetError('Passordet må ha minst 12 tegn.');
      return;
    }
    try {
      await api.updateUser(target.id, { password: newPassword });
      setResetFor(undefined);
      setNewPassword('');
      setResetDone(
        `Passordet til ${target.displayName} er byttet, og alle innloggingene deres er avsluttet. Gi det nye passordet til brukeren på en trygg måte.`,
      );
      announce('Passordet er byttet.');
    } catch (caught: unknown) {
      setResetError(toUserMessage(caught));
    }
  };

  const update = async (
    target: AdminUser,
    change: { disabled?: boolean; role?: Role },
  ): Promise<void> => {
    try {
      await api.updateUser(target.id, change);
      announce('Brukeren er oppdatert.');
      await load();
    } catch (caught: unknown) {
      setError(toUserMessage(caught));
    }
  };

  return (
    <section className="card" aria-labelledby="users-title">
      <h2 id="users-title">Brukere og roller</h2>
      <LoadedStatus loaded={loaded} what="brukerne" />
      {error === undefined ? null : (
        <Notice kind="error" title="Brukeren ble ikke endret">
          <p>{error}</p>
        </Notice>
      )}
      {resetDone === undefined ? null : (
        <Notice kind="success">
          <p>{resetDone}</p>
        </Notice>
      )}
      {users === undefined ? null : (
        <table className="table">
          <caption className="visually-hidden">Brukere</caption>
          <thead>
            <tr>
              <th scope="col">Navn</th>
              <th scope="col">Brukernavn</th>
              <th scope="col">HPR</th>
              <th scope="col">Rolle</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>{user.displayName}</td>
                <td>{user.username}</td>
                <td>{user.hpr ?? '–'}</td>
                <td>
                  <label>
                    <span className="visually-hidden">Rolle for {user.displayName}</span>
                    <select
                      value={user.role}
                      disabled={user.id === me.id}
                      onChange={(event) => void update(user, { role: event.target.value as Role })}
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {roleLabels[role]}
                        </option>
                      ))}
                    </select>
                  </label>
                </td>
                <td>
                  {user.disabled ? 'Sperret ' : 'Aktiv '}
                  {user.id === me.id ? null : (
                    <button
                      type="button"
                      className="button small"
                      onClick={() => void update(user, { disabled: !user.disabled })}
                    >
                      {user.disabled ? 'Aktiver' : 'Sperr'}
                      <span className="visually-hidden"> {user.displayName}</span>
                    </button>
                  )}{' '}
                  {resetFor === user.id ? null : (
                    <button
                      type="button"
                      className="button small"
                      onClick={() => {
                        setResetFor(user.id);
                        setNewPassword('');
                        setResetError(undefined);
                        setResetDone(undefined);
                      }}
                    >
                      Nytt passord
                      <span className="visually-hidden"> for {user.displayName}</span>
                    </button>
                  )}
                  {resetFor === user.id ? (
                    <form
                      className="password-reset"
                      onSubmit={(event) => {
                        event.preventDefault();
                        void resetPassword(user);
                      }}
                    >
                      <label htmlFor={`reset-${user.id}`}>
                        Nytt passord for {user.displayName} (minst 12 tegn)
                      </label>
                      <input
                        id={`reset-${user.id}`}
                        type="password"
                        autoComplete="new-password"
                        value={newPassword}
                        aria-invalid={resetError !== undefined}
                        onChange={(event) => {
                          setNewPassword(event.target.value);
                          setResetError(undefined);
                        }}
                      />
                      <div className="button-row">
                        <button type="submit" className="button primary small">
                          Lagre passord
                        </button>
                        <button
                          type="button"
                          className="button small"
                          onClick={() => {
                            setResetFor(undefined);
                          }}
                        >
                          Avbryt
                        </button>
                      </div>
                      {resetError === undefined ? null : (
                        <p className="field-error">{resetError}</p>
                      )}
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="new-user"
        onSubmit={(event) => void create(event)}
        noValidate
        aria-labelledby="new-user-title"
      >
        <h3 id="new-user-title">Ny bruker</h3>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="new-user-name">Navn</label>
            <input
              id="new-user-name"
              value={form.displayName}
              onChange={(event) => {
                setForm({ ...form, displayName: event.target.value });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="new-user-username">Brukernavn</label>
            <input
              id="new-user-username"
              autoComplete="off"
              value={form.username}
              onChange={(event) => {
                setForm({ ...form, username: event.target.value });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="new-user-role">Rolle</label>
            <select
              id="new-user-role"
              value={form.role}
              onChange={(event) => {
                setForm({ ...form, role: event.target.value as Role });
              }}
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {roleLabels[role]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="new-user-hpr">HPR-nummer (for klinikere)</label>
            <input
              id="new-user-hpr"
              inputMode="numeric"
              value={form.hpr}
              onChange={(event) => {
                setForm({ ...form, hpr: event.target.value });
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="new-user-password">Første passord (minst 12 tegn)</label>
            <input
              id="new-user-password"
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(event) => {
                setForm({ ...form, password: event.target.value });
              }}
            />
          </div>
        </div>
        {formError === undefined ? null : (
          <p className="field-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button primary">
          Opprett bruker
        </button>
      </form>
    </section>
  );
}
