import { Component, type ReactNode } from 'react';

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/** Never a blank screen: a rendering fault shows what happened and what to do. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page narrow" id="main">
        <h1>Noe gikk galt i visningen</h1>
        <p>
          Appen møtte en feil den ikke ventet. Det du har lagret, ligger trygt på serveren. Last inn
          siden på nytt for å fortsette.
        </p>
        <button
          type="button"
          className="button primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          Last inn siden på nytt
        </button>
      </main>
    );
  }
}
