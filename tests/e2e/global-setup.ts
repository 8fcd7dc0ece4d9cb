import { execFileSync } from 'node:child_process';

/** The specs check what is built: production, the e2e build (one extra host permission) and Firefox. */
export default function globalSetup() {
  if (process.env.RELANCE_SKIP_BUILD) return;
  for (const script of ['build', 'build:e2e', 'build:firefox']) execFileSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
}
