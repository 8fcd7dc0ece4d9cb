import type { Plugin } from 'vite';
export function minifyContentScripts(): Plugin;
