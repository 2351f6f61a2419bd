/**
 * npm start: builds quietly (the build's own output appears only when it
 * fails), then serves dist/ in this same process (scripts/serve.ts), which
 * prints one line with where the app is and stops on SIGINT or SIGTERM.
 */
import { spawnSync } from 'node:child_process';

const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? '');
  console.error('The build failed: see above.');
  process.exit(build.status ?? 1);
}
await import('./serve.ts');
