export { BUILTIN_TEMPLATES, builtinTemplate, PAYMENT_BLOCK } from './builtin';
export { buildTemplateData, companyForTemplates, type TemplateData, type TemplateInput } from './data';
export { sampleInvoice, samplePreview, renderPaymentBlock } from './sample';
export { DOMAIN_HELPERS } from './helpers';
export { SafeString, TemplateError, parseTemplate, type Helper, type HelperOptions } from './render';
export { htmlToText } from './text';
export { TEMPLATE_VARIABLES, validateTemplate, type TemplateCheck, type TemplateIssue } from './validate';

export { renderEmail, renderTemplate, type RenderedEmail, type RenderTemplateOptions } from './email';
