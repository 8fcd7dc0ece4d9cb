const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', euro: '€' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, b: string) =>
    b[0] === '#'
      ? String.fromCodePoint(b[1] === 'x' || b[1] === 'X' ? parseInt(b.slice(2), 16) : Number(b.slice(1)))
      : (ENTITIES[b.toLowerCase()] ?? whole),
  );
}

/**
 * The plain-text twin of a rendered e-mail, without a DOM (the service worker has none):
 * paragraphs and breaks become lines, table rows become " | "-joined lines, links keep their
 * address, and never more than one blank line in a row.
 */
export function htmlToText(html: string): string {
  return decode(
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      .replace(/\s+/g, ' ') // source line breaks mean nothing in HTML
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<a\s[^>]*href="(https?:[^"]+|mailto:[^"]+)"[^>]*>([\s\S]*?)<\/a>/gi, (_m, href: string, text: string) => {
        const label = text.replace(/<[^>]+>/g, '').trim();
        const target = href.replace(/^mailto:/, '');
        return label && label !== target ? `${label} (${target})` : target;
      })
      .replace(/<\/(td|th)>\s*<(td|th)[^>]*>/gi, ' | ')
      .replace(/<\/(p|h[1-6]|table|ul|ol|blockquote)>/gi, '\n\n')
      .replace(/<\/(div|tr|li)>/gi, '\n')
      .replace(/<li[^>]*>/gi, '- ')
      .replace(/<[^>]+>/g, ''),
  )
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
