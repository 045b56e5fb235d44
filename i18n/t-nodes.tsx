// Messages with page data inside markup, e.g. "Counterpoint leaves pages on <strong>example.com</strong> alone":
// the translator moves the placeholder, the code supplies the element. The message is asked for with marker
// characters in place of the substitutions and split on them, so no HTML ever passes through the locale file.
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from './t';

const MARKERS = ['\uE000', '\uE001', '\uE002'];

export function tNodes(key: MessageKey, nodes: readonly ComponentChildren[]): ComponentChildren[] {
  const text = t(key, MARKERS.slice(0, nodes.length));
  const parts: ComponentChildren[] = [];
  let rest = text;
  for (;;) {
    let first = -1;
    let which = -1;
    MARKERS.forEach((marker, i) => {
      const at = rest.indexOf(marker);
      if (at >= 0 && (first < 0 || at < first)) [first, which] = [at, i];
    });
    if (first < 0) break;
    if (first > 0) parts.push(rest.slice(0, first));
    parts.push(nodes[which]);
    rest = rest.slice(first + 1);
  }
  if (rest) parts.push(rest);
  return parts;
}
