// The element's stylesheet, in the order it cascades. Served as constructable stylesheets
// (adoptedStyleSheets), so a strict `style-src 'self'` policy needs no exception.
import { unsafeCSS } from 'lit';
import { controls } from './styles/controls.js';
import { frame } from './styles/frame.js';
import { media } from './styles/media.js';
import { panes } from './styles/panes.js';
import { darkPalette } from './styles/theme.js';

// The other steps' rules, adopted by the element when one of them first shows (see src/styles/steps.ts).
export { steps as stepStyles } from './styles/steps.js';

export const styles = [
  frame,
  controls,
  panes,
  media,
  darkPalette(":host([theme='dark'])"),
  unsafeCSS(`@media (prefers-color-scheme: dark) { ${darkPalette(":host([theme='auto'])").cssText} }`),
];
