// Hostnames in the "sites to skip" list: what the reader types is turned into a bare hostname, and a page is
// skipped when its hostname is that entry or a subdomain of it ("example.com" covers "www.example.com" and
// "news.example.com", but not "notexample.com").

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * The hostname a reader meant, or null when it is not one. Accepts a bare hostname, a URL, or a hostname with a
 * path or port pasted along ("https://www.Example.com/news/1" → "example.com"). A leading "www." is dropped
 * because an entry already covers its subdomains.
 */
export function parseHostnameInput(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '') return null;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  text = text.replace(/[/?#].*$/, '');
  text = text.replace(/^[^@]*@/, '');
  text = text.replace(/:\d*$/, '');
  text = text.replace(/\.$/, '');
  if (text.startsWith('www.') && text.split('.').length > 2) text = text.slice(4);
  if (text.length > 253) return null;
  const labels = text.split('.');
  if (labels.length < 2 && text !== 'localhost') return null;
  if (!labels.every((label) => LABEL.test(label))) return null;
  return text;
}

/** True when `hostname` is `entry` or one of its subdomains. */
export function hostnameMatches(hostname: string, entry: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === entry || host.endsWith('.' + entry);
}
