/** Every match of a global regex, as a list: the pattern rules of several passes are one loop each. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * The matches of a sticky (`y`) regex tried only at `starts` (ascending), each start inside an earlier match
 * skipped. When every match of the pattern can only begin at one of `starts`, this is exactly what a global
 * scan finds, without trying the pattern at every other character.
 */
export function matchesAt(re: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let free = 0;
  for (const start of starts) {
    if (start < free) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    out.push(m);
    free = start + Math.max(m[0].length, 1);
  }
  return out;
}
