// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { KNOWN_DETAILS } from './known-failures';
import { metamorphicSuite } from './suite';

/** Single-invoice pages, transformed as a person would not notice. */
metamorphicSuite('details', KNOWN_DETAILS);
