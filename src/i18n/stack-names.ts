/** Stack names are product names, the same in every language, but for the generic shell. */
import type { StackId } from '../engine/types.ts';

export const stackNames = (anyShell: string): Record<StackId, string> => ({
  any: anyShell,
  nginx: 'nginx',
  apache: 'Apache',
  'php-fpm': 'PHP / PHP-FPM',
  node: 'Node.js',
  python: 'Python (gunicorn / uWSGI)',
  java: 'Java / Tomcat',
  dotnet: 'IIS / ASP.NET',
  kubernetes: 'Docker / Kubernetes',
  aws: 'AWS',
});
