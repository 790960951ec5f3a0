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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/all.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [stateIsNotAnAttribute],
};
