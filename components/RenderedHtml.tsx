import { useLayoutEffect, useRef } from 'react';
import { htmlToNodes } from '../lib/mail/html-to-nodes';

export interface RenderedHtmlProps {
  /** HTML that Relance rendered (a reminder, a payment block, a statement). */
  html: string;
  className?: string;
  'data-relance'?: string;
}

/**
 * Shows Relance's own rendered HTML as nodes built through the allow-list of htmlToNodes, never
 * parsed from a string by the page: what reads on screen is what the e-mail will hold.
 */
export function RenderedHtml({ html, className, ...rest }: RenderedHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.replaceChildren(htmlToNodes(html, el.ownerDocument));
  }, [html]);
  return <div ref={ref} className={className} data-relance={rest['data-relance']} />;
}
