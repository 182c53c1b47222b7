import { useEffect, useRef } from 'react';

/**
 * Sets the document title and moves focus to the page heading when a screen opens, so keyboard
 * and screen-reader users start at the top of the new screen (WCAG 2.4.3, 2.4.2).
 */
export function usePageTitle(title: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Referent`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return heading;
}
