/** The app's few routes, parsed from the path (the server falls back to index.html). */

export type Route =
  | { readonly name: 'today' }
  | { readonly name: 'new' }
  | { readonly name: 'consultation'; readonly id: string }
  | { readonly name: 'admin' }
  | { readonly name: 'audit' }
  | { readonly name: 'not-found' };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'today' };
  if (path === '/ny') return { name: 'new' };
  if (path === '/admin') return { name: 'admin' };
  if (path === '/revisjon') return { name: 'audit' };
  const match = /^\/konsultasjon\/([A-Za-z0-9_-]{1,100})$/.exec(path);
  if (match?.[1] !== undefined) return { name: 'consultation', id: match[1] };
  return { name: 'not-found' };
}

export function toPath(route: Route): string {
  switch (route.name) {
    case 'today':
    case 'not-found':
      return '/';
    case 'new':
      return '/ny';
    case 'admin':
      return '/admin';
    case 'audit':
      return '/revisjon';
    case 'consultation':
      return `/konsultasjon/${encodeURIComponent(route.id)}`;
  }
}
