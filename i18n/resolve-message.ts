// Chrome's and Firefox's rules for turning one entry of _locales/<lang>/messages.json into text, as a pure
// function: named placeholders ("$COUNT$") map to "$1"…"$9" through `placeholders`, "$1" in the message or
// in a placeholder's content takes the substitution, "$$" is a literal dollar. Used where the browser's own
// i18n API is absent (unit tests), so they read the real locale file the browser would.
export interface LocaleEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleEntry>;

export function resolveMessage(entry: LocaleEntry | undefined, substitutions: readonly string[] = []): string {
  if (!entry) return '';
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '');
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (match, name?: string, digit?: string) => {
    if (match === '$$') return '$';
    if (digit) return substitutions[Number(digit) - 1] ?? '';
    const content = placeholders.get(name!.toLowerCase());
    return content === undefined ? match : fill(content);
  });
}
