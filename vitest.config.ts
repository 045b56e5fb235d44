import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // The browser's i18n API over public/_locales/en/messages.json (WXT's fake browser has none).
    setupFiles: ['tests/unit/i18n-setup.ts'],
    testTimeout: 20_000,
  },
});
