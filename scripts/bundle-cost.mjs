#!/usr/bin/env node
// What a built script is made of: each source's raw bytes and what it adds to the gzip size (the
// gzip of the whole minus the gzip without that source's bytes), from the build's source map.
// `RELANCE_MAP=1 NODE_ENV=production npx wxt build && node scripts/bundle-cost.mjs [file] [top]`
// (default file: .output/chrome-mv3/portal.js).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const file = process.argv[2] || path.resolve(import.meta.dirname, '../.output/chrome-mv3/portal.js');
const top = Number(process.argv[3] ?? 40);
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
const lines = code.split('\n');
const lineStart = [];
for (let at = 0, i = 0; i < lines.length; at += lines[i].length + 1, i++) lineStart.push(at);

// The source of every generated character: a mapping owns the text up to the next one on its line.
const owner = new Array(code.length).fill('(unmapped)');
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const start = lineStart[m.generatedLine - 1] + m.generatedColumn;
  const end =
    next && next.generatedLine === m.generatedLine
      ? lineStart[next.generatedLine - 1] + next.generatedColumn
      : lineStart[m.generatedLine - 1] + lines[m.generatedLine - 1].length;
  for (let k = start; k < end; k++) owner[k] = m.source ?? '(unmapped)';
});

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
const whole = gzip(code);
const rows = [...new Set(owner)].map((source) => {
  let rest = '';
  let raw = 0;
  for (let k = 0; k < code.length; k++) {
    if (owner[k] === source) raw++;
    else rest += code[k];
  }
  return { source: source.replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, 'node_modules/'), raw, gzip: whole - gzip(rest) };
});
console.log(`${path.basename(file)}: ${code.length} bytes, ${whole} gzip`);
console.log('| source | raw bytes | adds to gzip |');
console.log('|---|---:|---:|');
for (const r of rows.sort((a, b) => b.gzip - a.gzip).slice(0, top)) console.log(`| ${r.source} | ${r.raw} | ${r.gzip} |`);
