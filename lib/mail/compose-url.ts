/**
 * New-message links of the webmails (WEBMAIL.md). They take plain text only; the formatted
 * reminder goes in by the compose integration, or by the clipboard when that is not there.
 */
export interface ComposeFields {
  to: string[];
  subject: string;
  body: string;
}

/** Long bodies are cut: webmails refuse URLs of more than a few thousand characters. */
const MAX_BODY = 6000;

const q = (fields: Record<string, string>) =>
  Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');

export function gmailComposeUrl({ to, subject, body }: ComposeFields, account = 0): string {
  return `https://mail.google.com/mail/u/${account}/?${q({ view: 'cm', fs: '1', to: to.join(','), su: subject, body: body.slice(0, MAX_BODY) })}`;
}

export function outlookComposeUrl({ to, subject, body }: ComposeFields, personal = false): string {
  const base = personal ? 'https://outlook.live.com/mail/0/deeplink/compose' : 'https://outlook.office.com/mail/deeplink/compose';
  return `${base}?${q({ to: to.join(';'), subject, body: body.slice(0, MAX_BODY) })}`;
}
