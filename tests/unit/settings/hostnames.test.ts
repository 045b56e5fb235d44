import { describe, expect, it } from 'vitest';
import { parseHostnameInput } from '../../../settings/hostnames';

describe('parseHostnameInput', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  News.Example.CO.UK ', 'news.example.co.uk'],
    ['https://www.example.com/a/b?c#d', 'example.com'],
    ['http://user@example.com:8080/x', 'example.com'],
    ['www.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('%s → %s', (input, expected) => {
    expect(parseHostnameInput(input)).toBe(expected);
  });

  it.each(['', 'hello world', 'example', '-bad-.com', 'exa_mple.com', 'a..b', '<script>.com'])('refuses %j', (input) => {
    expect(parseHostnameInput(input)).toBeNull();
  });
});
