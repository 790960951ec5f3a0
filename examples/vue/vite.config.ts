import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  // Without it Vue looks for a Vue component named sms-lock ("Failed to resolve component").
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'sms-lock' } } })],
  build: { target: 'es2022' },
});
