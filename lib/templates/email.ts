import type { Template } from '../core';
import { DOMAIN_HELPERS } from './helpers';
import { render, type Helper } from './render';
import { htmlToText } from './text';

export interface RenderTemplateOptions {
  /** Helpers added to (or replacing) the domain helpers (money, date, invoiceTable…). */
  helpers?: Record<string, Helper>;
}

/**
 * Renders a Handlebars template without eval (see render.ts). For any template that uses only
 * Handlebars' built-in features it returns exactly what Handlebars' own compiler would render;
 * the domain helpers are available besides.
 */
export function renderTemplate(source: string, data: unknown, options: RenderTemplateOptions = {}): string {
  return render(source, data, { weakHelpers: DOMAIN_HELPERS, helpers: options.helpers });
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** A reminder ready to send: subject as plain text on one line, HTML body, and its text twin. */
export function renderEmail(template: Pick<Template, 'subject' | 'body'>, data: unknown): RenderedEmail {
  const subject = htmlToText(renderTemplate(template.subject, data)).replace(/\s+/g, ' ').trim();
  const html = renderTemplate(template.body, data);
  return { subject, html, text: htmlToText(html) };
}
