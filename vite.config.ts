import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';

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
      build: { target: 'es2022', outDir: resolve(root, 'dist-demo'), emptyOutDir: true },
    };
  }
  const iife = process.env.LIB === 'iife';
  return {
    plugins: [minifyTemplates()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !iife,
      minify: true,
      sourcemap: true,
      lib: iife
        ? { entry: resolve(root, 'src/all.ts'), name: 'SmsLockBundle', formats: ['iife'], fileName: () => 'sms-lock.min.js' }
        : { entry: { index: resolve(root, 'src/index.ts'), define: resolve(root, 'src/define.ts') }, formats: ['es'] },
      rollupOptions: {
        external: iife ? [] : [/^lit($|\/)/, /^@lit\//, /^libphonenumber-js($|\/)/, /^@auth0\/auth0-spa-js($|\/)/],
      },
    },
  };
});

/** Minifies the html`` and css`` templates of our own sources: whitespace and comments are bytes every user downloads. */
function minifyTemplates(): Plugin {
  return {
    name: 'sms-lock:minify-templates',
    async transform(code, id) {
      if (!id.startsWith(resolve(root, 'src')) || !id.endsWith('.ts')) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map } : null;
    },
  };
}
