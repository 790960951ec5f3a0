export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/all.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
