import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createApiClient, toUserMessage } from './api/api-client.js';
import type { User } from './api/schemas.js';
import { AppContext, type AppServices } from './app-context.js';
import { Notice } from './components/notice.js';
import { roleLabels } from './lib/labels.js';
import { parseRoute, toPath, type Route } from './lib/router.js';
import { AdminScreen } from './screens/admin-screen.js';
import { AuditScreen } from './screens/audit-screen.js';
import { ConsultationScreen } from './screens/consultation-screen.js';
import { LoginScreen } from './screens/login-screen.js';
import { NewConsultationScreen } from './screens/new-consultation-screen.js';
import { TodayScreen } from './screens/today-screen.js';
import { Workspace } from './workspace.js';

export interface AppProps {
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly schedule: (callback: () => void, delayMs: number) => () => void;
}

type Session =
  | { readonly state: 'checking' }
  | { readonly state: 'logged-out'; readonly reason?: 'logged-out' }
  | { readonly state: 'logged-in'; readonly user: User }
  | { readonly state: 'expired'; readonly user: User };

export function App(props: AppProps) {
  const [session, setSession] = useState<Session>({ state: 'checking' });
  const [startupError, setStartupError] = useState<string | undefined>();
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.pathname));
  const [announcement, setAnnouncement] = useState('');
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const api = useMemo(
    () =>
      createApiClient({
        fetch: props.fetch,
        onUnauthenticated: () => {
          const current = sessionRef.current;
          // Keep the screen (and unsent edits) underneath; ask for the password on top of it.
          if (current.state === 'logged-in') setSession({ state: 'expired', user: current.user });
        },
      }),
    [props.fetch],
  );
  const workspace = useMemo(
    () => new Workspace({ api, now: props.now, schedule: props.schedule }),
    [api, props.now, props.schedule],
  );

  const checkSession = useCallback(async () => {
    setStartupError(undefined);
    try {
      const user = await api.tryGetMe();
      setSession(user === undefined ? { state: 'logged-out' } : { state: 'logged-in', user });
    } catch (error: unknown) {
      setStartupError(toUserMessage(error));
    }
  }, [api]);

  useEffect(() => {
    void checkSession();
  }, [checkSession]);

  useEffect(() => {
    const onPopState = (): void => {
      setRoute(parseRoute(window.location.pathname));
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
    };
  }, []);

  // Unsent edits are never written to browser storage (health content must not persist there);
  // instead the browser asks before a reload or close would drop them.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (workspace.hasUnsaved()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [workspace]);

  const navigate = useCallback((next: Route) => {
    const path = toPath(next);
    if (window.location.pathname !== path) window.history.pushState(null, '', path);
    setRoute(next);
  }, []);

  const announce = useCallback((message: string) => {
    // Clearing first makes screen readers repeat an identical message.
    setAnnouncement('');
    window.setTimeout(() => {
      setAnnouncement(message);
    }, 50);
  }, []);

  const logout = async (): Promise<void> => {
    if (workspace.hasUnsaved()) {
      const leave = window.confirm(
        'Noen endringer er ikke lagret ennå. Logge ut likevel? Da går de tapt.',
      );
      if (!leave) return;
    }
    try {
      await api.logout();
    } catch {
      // The session is dropped locally regardless; the server token expires on its own.
    }
    workspace.forgetAll();
    setSession({ state: 'logged-out', reason: 'logged-out' });
    navigate({ name: 'today' });
  };

  if (session.state === 'checking') {
    return (
      <main className="page narrow" id="main">
        {startupError === undefined ? (
          <p aria-live="polite">Laster Referent …</p>
        ) : (
          <>
            <h1>Referent</h1>
            <Notice kind="error" title="Kunne ikke starte">
              <p>{startupError}</p>
            </Notice>
            <button type="button" className="button primary" onClick={() => void checkSession()}>
              Prøv igjen
            </button>
          </>
        )}
      </main>
    );
  }

  if (session.state === 'logged-out') {
    return (
      <LoginScreen
        api={api}
        {...(session.reason === undefined ? {} : { notice: 'Du er logget ut.' })}
        onLoggedIn={(user) => {
          setSession({ state: 'logged-in', user });
        }}
      />
    );
  }

  const user = session.user;
  const services: AppServices = { api, workspace, user, navigate, announce, now: props.now };

  return (
    <AppContext.Provider value={services}>
      <div
        className="app"
        inert={session.state === 'expired'}
        aria-hidden={session.state === 'expired'}
      >
        <a className="skip-link" href="#main">
          Hopp til innholdet
        </a>
        <header className="topbar">
          <a
            className="brand"
            href="/"
            onClick={(event) => {
              event.preventDefault();
              navigate({
                name:
                  user.role === 'clinician' ? 'today' : user.role === 'admin' ? 'admin' : 'audit',
              });
            }}
          >
            Referent
          </a>
          <nav aria-label="Hovedmeny">
            <ul className="nav-list">
              {user.role === 'clinician' ? (
                <>
                  <NavLink
                    route={{ name: 'today' }}
                    current={route}
                    navigate={navigate}
                    label="I dag"
                  />
                  <NavLink
                    route={{ name: 'new' }}
                    current={route}
                    navigate={navigate}
                    label="Ny konsultasjon"
                  />
                </>
              ) : null}
              {user.role === 'admin' ? (
                <NavLink
                  route={{ name: 'admin' }}
                  current={route}
                  navigate={navigate}
                  label="Brukere og innstillinger"
                />
              ) : null}
              {user.role === 'admin' || user.role === 'auditor' ? (
                <NavLink
                  route={{ name: 'audit' }}
                  current={route}
                  navigate={navigate}
                  label="Revisjonslogg"
                />
              ) : null}
            </ul>
          </nav>
          <div className="user-box">
            <span>
              {user.displayName} <span className="muted">({roleLabels[user.role]})</span>
            </span>
            <button type="button" className="button small" onClick={() => void logout()}>
              Logg ut
            </button>
          </div>
        </header>
        <Screen route={route} user={user} />
        <div className="visually-hidden" aria-live="polite" role="status">
          {announcement}
        </div>
      </div>
      {session.state === 'expired' ? (
        <LoginScreen
          api={api}
          overlay
          expectedUsername={user.username}
          notice="Økten din er utløpt. Logg inn igjen for å fortsette der du var. Endringer som ikke er lagret, venter i denne fanen og sendes når du er logget inn."
          onLoggedIn={(nextUser) => {
            if (nextUser.id !== user.id) {
              // Somebody else at this screen: nothing of the previous clinician may remain.
              workspace.forgetAll();
              navigate({ name: 'today' });
            }
            setSession({ state: 'logged-in', user: nextUser });
            workspace.retryAll();
          }}
        />
      ) : null}
    </AppContext.Provider>
  );
}

function NavLink(props: {
  readonly route: Route;
  readonly current: Route;
  readonly navigate: (route: Route) => void;
  readonly label: string;
}) {
  const active = props.route.name === props.current.name;
  return (
    <li>
      <a
        href={toPath(props.route)}
        aria-current={active ? 'page' : undefined}
        onClick={(event) => {
          event.preventDefault();
          props.navigate(props.route);
        }}
      >
        {props.label}
      </a>
    </li>
  );
}

function Screen(props: { readonly route: Route; readonly user: User }) {
  const { route, user } = props;
  const forbidden = (
    <main className="page narrow" id="main" tabIndex={-1}>
      <h1>Ingen tilgang</h1>
      <p>
        Rollen din ({roleLabels[user.role]}) gir ikke tilgang til denne siden. Bruk menyen øverst.
      </p>
    </main>
  );
  switch (route.name) {
    case 'today':
    case 'not-found':
      if (user.role === 'admin') return <AdminScreen />;
      if (user.role === 'auditor') return <AuditScreen />;
      return <TodayScreen />;
    case 'new':
      return user.role === 'clinician' ? <NewConsultationScreen /> : forbidden;
    case 'consultation':
      return user.role === 'clinician' ? (
        <ConsultationScreen key={route.id} id={route.id} />
      ) : (
        forbidden
      );
    case 'admin':
      return user.role === 'admin' ? <AdminScreen /> : forbidden;
    case 'audit':
      return user.role === 'admin' || user.role === 'auditor' ? <AuditScreen /> : forbidden;
  }
}
