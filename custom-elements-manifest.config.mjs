// The analyzer reads lit's `static properties`, but takes `{ state: true }` entries (private,
// internal state) for attributes too; they are dropped here.
const stateIsNotAnAttribute = {
  name: 'sms-lock:state-is-not-an-attribute',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const internal = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
        for (const member of declaration.members ?? []) if (internal.has(member.name)) delete member.attribute;
      }
    }
  },
};

// The analyzer lists modules in the order its file search happens to finish, which varies from run
// to run; sorted, the committed file can be compared with a fresh one.
const stableModuleOrder = {
  name: 'sms-lock:stable-module-order',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/all.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [stateIsNotAnAttribute, stableModuleOrder],
};
