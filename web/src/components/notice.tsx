import type { ReactNode } from 'react';

/** A message box: `error` for what failed (and what to do), `info` and `success` otherwise. */
export function Notice(props: {
  readonly kind: 'error' | 'info' | 'success' | 'warning';
  readonly children: ReactNode;
  readonly title?: string;
}) {
  return (
    <div className={`notice ${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.title === undefined ? null : <p className="notice-title">{props.title}</p>}
      <div>{props.children}</div>
    </div>
  );
}
