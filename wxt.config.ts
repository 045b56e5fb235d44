import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { bundledPackagesPlugin, NOTICES_FILE, thirdPartyNotices } from './scripts/notices';

// Packages whose code the entrypoint bundles contain, gathered during the build for the notices file.
const bundledPackages = new Set<string>();

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip Firefox's store asks for: everything needed to rebuild (`npm ci && npm run build:firefox`),
  // without dependencies, build output, test material or local artefacts. WXT already leaves out
  // node_modules, dotfiles, .output and *.test.ts.
  zip: {
    excludeSources: ['tests/**', 'demo-output/**', 'bench-output/**', 'test-output/**', '**/*.log', 'stats.html', 'store/screenshots/**'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // Third-party notices, generated from what was actually bundled (scripts/notices.ts). Public assets are
    // copied after every entrypoint is built, so the list is complete here.
    'build:before': () => bundledPackages.clear(),
    'vite:build:extendConfig': (_entrypoints, config) => {
      config.plugins = [...(config.plugins ?? []), bundledPackagesPlugin(bundledPackages)];
    },
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: NOTICES_FILE, contents: thirdPartyNotices(bundledPackages) });
    },
  },
  manifest: ({ browser }) => ({
    // Name, description and shortcut descriptions come from public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    minimum_chrome_version: '105',
    // Keyboard step-through of the highlights (entrypoints/background/index.ts relays them to the page).
    commands: {
      'next-highlight': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_commandNextHighlight__' },
      'previous-highlight': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_commandPreviousHighlight__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'counterpoint@counterpoint.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android understands data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
