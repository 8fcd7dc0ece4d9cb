import { render, type Helper } from './render';

export { SafeString, TemplateError, parseTemplate, type Helper, type HelperOptions } from './render';

export interface RenderTemplateOptions {
  /** Helpers added to (or replacing) the built-in ones. */
  helpers?: Record<string, Helper>;
}

/**
 * Renders a Handlebars template without eval (see render.ts). For any template that uses only
 * Handlebars' built-in features it returns exactly what `Handlebars.compile(source)(data)` does.
 */
export function renderTemplate(source: string, data: unknown, options: RenderTemplateOptions = {}): string {
  return render(source, data, { helpers: options.helpers });
}
