/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Each kind of test in the environment it needs: plain modules and schemas in
// Node; Astro components through the Container API in Node; whole builds of a
// temporary copy of the site in Node; Solid islands in a DOM (the browser build
// of Solid, loaded once).
export default getViteConfig(
  {
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'node',
            include: ['tests/components/**/*.test.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'build',
            environment: 'node',
            include: ['tests/build/**/*.test.ts'],
            testTimeout: 180_000,
            hookTimeout: 180_000,
          },
        },
        {
          extends: true,
          resolve: { conditions: ['browser'] },
          test: {
            name: 'islands',
            environment: 'jsdom',
            include: ['tests/islands/**/*.test.tsx'],
            globalSetup: ['tests/support/fixture-model-setup.ts'],
            server: { deps: { inline: [/solid-js/] } },
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
