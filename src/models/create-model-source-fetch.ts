import type { ModelSourceConfig } from '../config/index.js';
import { EngineError } from '../core/index.js';

const maxRedirects = 5;

/**
 * The `fetch` model downloads use (P4: Referent calls nothing but declared endpoints). It refuses
 * any URL outside the declared model source, follows redirects itself and checks every hop: a
 * redirect may only lead to the source's own host or to a declared redirect host (the source's
 * CDN) or one of its subdomains, over https.
 */
export function createModelSourceFetch(options: {
  source: ModelSourceConfig;
  fetch: typeof fetch;
}): typeof fetch {
  const sourceOrigin = new URL(options.source.baseUrl).origin;
  const isAllowed = (url: URL): boolean => {
    if (url.origin === sourceOrigin) return true;
    if (url.protocol !== 'https:') return false;
    const host = url.hostname.toLowerCase();
    return options.source.redirectHosts.some(
      (allowed) => host === allowed || host.endsWith(`.${allowed}`),
    );
  };
  const refuse = (): EngineError =>
    new EngineError({
      engine: 'outbound-guard',
      message: 'refused a model download from an address outside the declared model source',
      userMessage:
        'Referent nektet å laste ned fra en adresse som ikke er oppgitt som modellkilde i oppsettet.',
    });
  const guarded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    let url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    for (let hop = 0; hop <= maxRedirects; hop++) {
      if (!isAllowed(url)) throw refuse();
      const response = await options.fetch(url, { ...init, redirect: 'manual' });
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) return response;
      await response.body?.cancel().catch(() => undefined);
      url = new URL(location, url);
    }
    throw new EngineError({
      engine: 'model-download',
      message: 'the model source redirected too many times',
      userMessage: 'Modellkilden sendte nedlastingen videre for mange ganger.',
    });
  };
  return guarded;
}
