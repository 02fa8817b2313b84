/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three kinds of test, each in the environment it needs: plain modules and
// schemas in Node, Astro components through the Container API in Node, and
// Solid islands in a DOM (the browser build of Solid, loaded once).
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
          resolve: { conditions: ['browser'] },
          test: {
            name: 'islands',
            environment: 'jsdom',
            include: ['tests/islands/**/*.test.tsx'],
            server: { deps: { inline: [/solid-js/] } },
          },
        },
      ],
    },
  },
  { devToolbar: { enabled: false } },
);
