// report: text helpers of the harness scripts' reports: one-line forms of
// diagnostics, the count tables of the summaries, and the path order of their
// lists.

/** cmpStr orders strings by UTF-16 code units (paths, IDs). */
export const cmpStr = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** firstLine is the first non-blank line of s, cut to max characters (ending in "..."). */
export function firstLine(s, max) {
  const l = s.split('\n').find((x) => x.trim() !== '') ?? '';
  return l.length > max ? `${l.slice(0, max - 3)}...` : l;
}

/** oneLine puts s on one line: runs of tabs and line breaks become a space. */
export const oneLine = (s) => s.replace(/[\t\n\r]+/g, ' ').trim();

/** table prints counts (Map key → n) under title, largest first (then by key), with each
 * count's share of total when total is given. */
export function table(title, counts, total) {
  const entries = [...counts.entries()].sort((a, b) => b[1] - a[1] || cmpStr(a[0], b[0]));
  let s = `\n${title}\n`;
  for (const [k, n] of entries) s += `  ${String(n).padStart(5)}  ${total ? `${((100 * n) / total).toFixed(1).padStart(5)}%  ` : ''}${k}\n`;
  return s;
}
