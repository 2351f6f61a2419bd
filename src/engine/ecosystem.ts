/**
 * Which language ecosystems a pasted log comes from, by the shapes their stack
 * traces and error lines take. Used to read a bare class name (`TypeError`,
 * `ConnectionError`) as the one of the ecosystem the log is from. Pure; reads
 * at most the first LIMIT characters.
 */
const LIMIT = 512 * 1024;

const MARKERS: readonly (readonly [string, RegExp])[] = [
  ['python', /Traceback \(most recent call last\)|File "[^"\n]{1,300}\.py", line \d|<class '[\w.]+'>|site-packages\//g],
  ['java', /\bat (?:java|javax|jakarta|org|com|io|net)\.[\w$.]+\(|\.java:\d+\)|^[ \t]*Caused by: [\w$.]+(?:Exception|Error)|Exception in thread "/gm],
  ['dotnet', /\b(?:System|Microsoft)\.[A-Z]\w+(?:\.\w+)*Exception\b|\.cs:line \d+|--- End of (?:inner exception )?stack trace/g],
  ['php', /\.php(?::\d+| on line \d+|\(\d+\))|PHP (?:Fatal|Warning|Parse) error|^#\d+ \/|vendor\/laravel\//gm],
  ['ruby', /\.rb:\d+:in [`']|\/gems\/|ActiveRecord::|ActionView::/g],
  ['node', /node_modules\/|\(node:internal\/|\bat [\w$.<>]+ \([^)\n]{1,300}\.(?:js|mjs|cjs|ts):\d+:\d+\)|npm ERR!/g],
  ['go', /^goroutine \d+ \[|\.go:\d+ \+0x|^panic: /gm],
  [
    'elixir',
    /\*\* \((?:[A-Z][\w]*\.)*[A-Z]\w*\) |^[ \t]+\((?:elixir|stdlib|kernel|phoenix|plug|ecto|ecto_sql|db_connection|postgrex|myxql)(?: [\d.]+)?\) |\blib\/[\w/]+\.ex:\d+: /gm,
  ],
];

/** Ecosystems the text shows, most shown first (ties in MARKERS order). */
export function detectEcosystems(text: string): string[] {
  const sample = text.length > LIMIT ? text.slice(0, LIMIT) : text;
  const counts: [string, number][] = [];
  for (const [name, re] of MARKERS) {
    re.lastIndex = 0;
    let n = 0;
    while (n < 50 && re.exec(sample) !== null) n++;
    if (n > 0) counts.push([name, n]);
  }
  return counts.sort((a, b) => b[1] - a[1]).map(([name]) => name);
}
