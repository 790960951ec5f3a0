import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { minifyTemplates as minifyTemplateLiterals } from './scripts/minify-templates.mjs';

const root = import.meta.dirname;

// Three builds share this file:
// - `vite` / `vite build --mode demo`: the demo page (dev server, or dist-demo/ for end-to-end tests);
// - LIB=es: the npm entries dist/index.js and dist/define.js, dependencies left to the app's bundler;
// - LIB=iife: dist/sms-lock.min.js, one classic script with everything in it.
export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    return {
      root: resolve(root, 'demo'),
      publicDir: false,
      server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: true },
      preview: { host: '127.0.0.1', port: 4173, strictPort: true },
      build: {
        target: 'es2022',
        outDir: resolve(root, 'dist-demo'),
        emptyOutDir: true,
        rollupOptions: {
          input: Object.fromEntries(['index', 'spa', 'cross-origin', 'universal'].map((page) => [page, resolve(root, `demo/${page}.html`)])),
        },
      },
    };
  }
  const lib = process.env.LIB ?? 'es';
  if (lib === 'es') {
    return {
      plugins: [minifyTemplates()],
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: true,
        minify: 'terser',
        sourcemap: true,
        lib: {
          entry: { index: resolve(root, 'src/index.ts'), define: resolve(root, 'src/define.ts'), 'auth0-spa': resolve(root, 'src/auth0/auth0-spa.ts') },
          formats: ['es'],
        },
        rollupOptions: {
          checks: { pluginTimings: false },
          external: [/^lit($|\/)/, /^@lit\//, /^libphonenumber-js($|\/)/, /^@auth0\/auth0-spa-js($|\/)/],
          // ——— phone metadata slices: one chunk per calling code, dist/slices/<code>-<hash>.js, imported on demand.
          // ——— and the shipped languages, one chunk each: dist/locales/<tag>-<hash>.js.
          output: {
            chunkFileNames: (chunk) =>
              chunk.facadeModuleId?.includes('/src/phone/slices/')
                ? 'slices/[name]-[hash].js'
                : chunk.facadeModuleId?.includes('/src/i18n/locales/')
                  ? 'locales/[name]-[hash].js'
                  : '[name]-[hash].js',
          },
        },
      },
    };
  }
  // One-file scripts: sms-lock.min.js, and sms-lock-auth0.min.js beside it for the redirect flows.
  const auth0 = lib === 'iife-auth0';
  return {
    plugins: [minifyTemplates()],
    resolve: {
      // A classic script can't import a chunk: it fetches sms-lock-auth0.min.js instead.
      alias: [
        { find: /^(\.\.?\/)+(auth0\/)?load-auth0-spa\.js$/, replacement: resolve(root, 'src/auth0/load-auth0-spa.script.ts') },
        // …and the language files beside it.
        { find: /^(\.\.?\/)+(platform\/)?load-dictionary\.js$/, replacement: resolve(root, 'src/platform/load-dictionary.script.ts') },
        // ——— phone metadata slices: fetched as classic scripts, dist/phone/<code>.js (written by scripts/phone-metadata.mjs).
        { find: /^\.\/metadata-loader\.js$/, replacement: resolve(root, 'src/platform/phone-metadata.script.ts') },
      ],
    },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      // Terser is slow by design; no need to be told at every build.
      rollupOptions: { checks: { pluginTimings: false } },
      minify: 'terser',
      // Terser's extra passes beat the default minifier by ~1 KiB gzip here, and every KiB is downloaded on a phone.
      terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
      sourcemap: true,
      lib: {
        entry: resolve(root, auth0 ? 'src/auth0/auth0-spa.script.ts' : 'src/all.ts'),
        name: auth0 ? 'SmsLockAuth0Bundle' : 'SmsLockBundle',
        formats: ['iife'],
        fileName: () => (auth0 ? 'sms-lock-auth0.min.js' : 'sms-lock.min.js'),
      },
    },
  };
});

/** Minifies the html`` and css`` templates of our own sources: whitespace and comments are bytes every user downloads. */
function minifyTemplates(): Plugin {
  return {
    name: 'sms-lock:minify-templates',
    // After TypeScript is stripped, so the templates are parsed as plain JavaScript.
    enforce: 'post',
    transform(code, id) {
      if (!id.startsWith(resolve(root, 'src')) || !id.endsWith('.ts')) return null;
      return minifyTemplateLiterals(code, id);
    },
  };
}
