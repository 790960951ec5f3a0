import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { minifyTemplates as minifyTemplateLiterals } from './scripts/minify-templates.mjs';

const root = import.meta.dirname;
// Each build knows its version, so that a second copy on a page can tell whether it differs (src/defined.ts).
const version = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string }).version;
const define = { __SMS_LOCK_VERSION__: JSON.stringify(version) };

// Three builds share this file:
// - `vite` / `vite build --mode demo`: the demo page (dev server, or dist-demo/ for end-to-end tests);
// - LIB=es: the npm entries dist/index.js and dist/define.js, dependencies left to the app's bundler;
// - LIB=iife: dist/sms-lock.min.js, one classic script with everything in it;
// - LIB=iife-auth0, LIB=iife-lock: the classic scripts beside it (auth0-spa-js; Auth0LockPasswordless with the element);
// - LIB=module: dist/sms-lock.module.min.js, the same as one ES module for pages without a bundler;
// - LIB=node: dist/node/, the npm entries for servers (lit's server build inside, so nothing needs a DOM).
export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    return {
      plugins: [keepSourceSideEffects()],
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
      define,
      plugins: [keepSourceSideEffects(), minifyTemplates()],
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: true,
        minify: 'terser',
        sourcemap: true,
        lib: {
          entry: {
            index: resolve(root, 'src/index.ts'),
            define: resolve(root, 'src/define.ts'),
            'auth0-spa': resolve(root, 'src/auth0/auth0-spa.ts'),
            lock: resolve(root, 'src/lock/index.ts'),
          },
          formats: ['es'],
        },
        rollupOptions: {
          checks: { pluginTimings: false },
          external: [/^lit($|\/)/, /^@lit\//, /^@auth0\/auth0-spa-js($|\/)/],
          // ——— phone metadata slices: one chunk per slice, dist/slices/<code>.js, imported on demand.
          // ——— and the shipped languages, one chunk each: dist/locales/<tag>.js.
          // No hash in their names: the app's bundler hashes what it ships, and every character of these
          // names is in its table of chunks, which every user of the app downloads.
          output: {
            chunkFileNames: (chunk) =>
              chunk.facadeModuleId?.includes('/src/phone/slices/')
                ? 'slices/[name].js'
                : chunk.facadeModuleId?.includes('/src/i18n/locales/')
                  ? 'locales/[name].js'
                  : '[name]-[hash].js',
          },
        },
      },
    };
  }
  // What a build in one file fetches beside itself instead of importing chunks.
  const oneFileAliases = [
    { find: /^(\.\.?\/)+(auth0\/)?load-auth0-spa\.js$/, replacement: resolve(root, 'src/auth0/load-auth0-spa.script.ts') },
    // …and the language files beside it.
    { find: /^(\.\.?\/)+(platform\/)?load-dictionary\.js$/, replacement: resolve(root, 'src/platform/load-dictionary.script.ts') },
    // ——— phone metadata slices: fetched as classic scripts, dist/phone/<code>.js (written by scripts/phone-metadata.mjs).
    { find: /^\.\/metadata-loader\.js$/, replacement: resolve(root, 'src/platform/phone-metadata.script.ts') },
  ];
  // What every build in one file shares (the one-file scripts and the self-contained module).
  const oneFile = {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    // Terser is slow by design; no need to be told at every build.
    rollupOptions: { checks: { pluginTimings: false } },
    minify: 'terser' as const,
    sourcemap: true,
  };
  // Terser's extra passes beat the default minifier by ~1 KiB gzip here, and every KiB is downloaded on a phone.
  // Arrows for function expressions that use no `this`, and method shorthand: nothing here is an ES5 constructor.
  const terserOptions = { ecma: 2020 as const, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true }, format: { comments: false } };
  // Ecosystem builds: the self-contained ES module (a CDN's `<script type="module">`) and the server entries.
  if (lib === 'module') {
    return {
      define,
      plugins: [keepSourceSideEffects(), filesBesideTheModule(), minifyTemplates()],
      resolve: {
        // One file, no chunks: like the one-file script, it fetches sms-lock-auth0.min.js from beside it.
        alias: oneFileAliases,
      },
      build: {
        ...oneFile,
        terserOptions: { ...terserOptions, module: true },
        lib: { entry: resolve(root, 'src/module.ts'), formats: ['es'], fileName: () => 'sms-lock.module.min.js' },
      },
    };
  }
  if (lib === 'node') {
    return {
      define,
      plugins: [keepSourceSideEffects()],
      // lit's `node` build (its own HTMLElement and customElements), whatever conditions the server resolves with.
      resolve: { conditions: ['node', 'module', 'import', 'default'], mainFields: ['module', 'main'] },
      build: {
        target: 'node20',
        outDir: 'dist/node',
        emptyOutDir: true,
        minify: false,
        sourcemap: true,
        lib: { entry: { index: resolve(root, 'src/index.ts'), define: resolve(root, 'src/define.ts') }, formats: ['es'] },
        rollupOptions: { external: [/^node:/] },
      },
    };
  }
  // One-file scripts: sms-lock.min.js, sms-lock-auth0.min.js beside it for the redirect flows, and
  // sms-lock-lock.min.js (the element with Auth0LockPasswordless) for pages coming from Lock.
  const script = {
    iife: { entry: 'src/all.ts', name: 'SmsLockBundle', file: 'sms-lock.min.js' },
    'iife-auth0': { entry: 'src/auth0/auth0-spa.script.ts', name: 'SmsLockAuth0Bundle', file: 'sms-lock-auth0.min.js' },
    'iife-lock': { entry: 'src/lock/script.ts', name: 'SmsLockLockBundle', file: 'sms-lock-lock.min.js' },
  }[lib];
  if (!script) throw new Error(`LIB=${lib}: expected es, iife, iife-auth0 or iife-lock`);
  return {
    define,
    plugins: [keepSourceSideEffects(), minifyTemplates()],
    resolve: {
      // A classic script can't import a chunk: it fetches sms-lock-auth0.min.js instead.
      alias: oneFileAliases,
    },
    build: {
      ...oneFile,
      terserOptions,
      lib: {
        entry: resolve(root, script.entry),
        name: script.name,
        formats: ['iife'],
        fileName: () => script.file,
      },
    },
  };
});

/**
 * package.json's sideEffects names the published files only, so our own sources would count as free of
 * side effects; these register the element or a module globally when they run, and must stay.
 */
const sourcesWithSideEffects = [
  'src/define.ts',
  'src/all.ts',
  'src/module.ts',
  'src/auth0/auth0-spa.ts',
  'src/auth0/auth0-spa.script.ts',
  'src/lock/script.ts',
].map((file) => resolve(root, file));
function keepSourceSideEffects(): Plugin {
  return {
    name: 'sms-lock:keep-source-side-effects',
    transform(code, id) {
      return sourcesWithSideEffects.includes(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

/**
 * A module has no document.currentScript: the files the one-file script fetches from its own folder
 * (src/platform/load-script.ts) come from the module's folder, import.meta.url, in sms-lock.module.min.js.
 */
function filesBesideTheModule(): Plugin {
  const loader = resolve(root, 'src/platform/load-script.ts');
  const scriptUrl = '(document.currentScript as HTMLScriptElement | null)?.src';
  return {
    name: 'sms-lock:files-beside-the-module',
    enforce: 'pre',
    transform(code, id) {
      if (id !== loader) return null;
      if (!code.includes(scriptUrl)) throw new Error(`${loader} no longer reads ${scriptUrl}: update filesBesideTheModule() in vite.config.ts`);
      return { code: code.replace(scriptUrl, 'import.meta.url'), map: null };
    },
  };
}

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
