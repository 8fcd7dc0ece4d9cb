// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { KNOWN_LISTS } from './known-failures';
import { metamorphicSuite } from './suite';

/** Invoice lists, card lists, statements and the real ERP pages, transformed as a person would not notice. */
metamorphicSuite('lists', KNOWN_LISTS);
