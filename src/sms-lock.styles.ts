import { css, unsafeCSS } from 'lit';

// The dark palette (WCAG AA on its background: text 4.5:1 and more, borders and focus ring 3:1 and more), for
// theme="dark", and for theme="auto" when the system is dark. Every colour stays a --sms-lock-* property.
const darkPalette = (host: string) => css`
  ${unsafeCSS(host)} {
    --_text: var(--sms-lock-color-text, #e8e6ec);
    --_muted: var(--sms-lock-color-muted, #b9b6c0);
    --_background: var(--sms-lock-color-background, #1f1e23);
    --_field: var(--sms-lock-color-field, #2a2930);
    --_border: var(--sms-lock-color-border, #8f8b99);
    --_primary: var(--sms-lock-color-primary, #8fb4ff);
    --_on-primary: var(--sms-lock-color-on-primary, #0a1f4d);
    --_error: var(--sms-lock-color-error, #ffb4ab);
    --_success: var(--sms-lock-color-success, #7dd99a);
    --_hover: var(--sms-lock-color-hover, rgb(255 255 255 / 0.08));
    color-scheme: dark;
  }
`;

// Served as constructable stylesheets (adoptedStyleSheets), so a strict `style-src 'self'` policy needs no exception.
const base = css`
  :host {
    --_font: var(--sms-lock-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--sms-lock-color-text, #1c1b1f);
    --_muted: var(--sms-lock-color-muted, #55535c);
    --_background: var(--sms-lock-color-background, #ffffff);
    --_field: var(--sms-lock-color-field, #ffffff);
    --_border: var(--sms-lock-color-border, #79767f);
    --_primary: var(--sms-lock-color-primary, #1a56db);
    --_on-primary: var(--sms-lock-color-on-primary, #ffffff);
    --_error: var(--sms-lock-color-error, #b3261e);
    --_success: var(--sms-lock-color-success, #146c2e);
    --_hover: var(--sms-lock-color-hover, rgb(0 0 0 / 0.06));
    --_radius: var(--sms-lock-radius, 0.75rem);
    --_field-radius: var(--sms-lock-field-radius, 0.5rem);
    --_space: var(--sms-lock-spacing, 1rem);
    --_duration: var(--sms-lock-duration, 160ms);
    --_blink: var(--sms-lock-caret-blink, 1.2s);
    color-scheme: light;
    display: block;
    font-family: var(--_font);
    font-size: var(--sms-lock-font-size, 1rem);
    line-height: 1.45;
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
  }
  :host([mode='modal']),
  :host(:not([mode])) {
    display: contents;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
      --_blink: 0s;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  dialog {
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: var(--_background);
    color: inherit;
    width: min(var(--sms-lock-width, 24rem), calc(100vw - 2 * var(--_space)));
    max-height: calc(100dvh - 2 * var(--_space));
    box-shadow: var(--sms-lock-shadow, 0 10px 40px rgb(0 0 0 / 0.25));
    overflow: auto;
    overscroll-behavior: contain;
  }
  dialog[open] {
    animation: rise var(--_duration) ease-out;
  }
  dialog::backdrop {
    background: var(--sms-lock-backdrop, rgb(0 0 0 / 0.5));
  }
  @keyframes rise {
    from {
      opacity: 0;
      transform: translateY(0.75rem);
    }
  }

  .panel {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 1.5);
    background: var(--_background);
    border-radius: var(--_radius);
  }
  :host([mode='inline']) .panel {
    max-width: var(--sms-lock-width, 24rem);
    border: 1px solid var(--_border);
  }

  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    flex-wrap: wrap;
  }
  /* Terms and the like are for before signing in. */
  :host([state='success']) slot[name='footer'] {
    display: none;
  }
  ::slotted([slot='logo']) {
    flex-basis: 100%;
  }
  h2 {
    margin: 0;
    flex: 1;
    font-size: 1.375em;
    line-height: 1.2;
  }

  form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  p {
    margin: 0;
  }
  .instructions,
  .countdown,
  .message {
    color: var(--_muted);
  }
  label {
    font-weight: 600;
  }

  input,
  button {
    font: inherit;
    color: inherit;
    min-height: 2.75rem;
    touch-action: manipulation;
  }
  input {
    /* Below 16px, iOS zooms the page when a field gets focus. */
    font-size: max(16px, 1em);
    width: 100%;
    min-width: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_field-radius);
    background: var(--_field);
  }
  input[aria-invalid='true'] {
    border-color: var(--_error);
    box-shadow: inset 0 0 0 1px var(--_error);
  }
  /* Phone numbers and codes read left to right; in right-to-left text they sit on the start (right) side. */
  :host(:dir(rtl)) input[dir='ltr'] {
    text-align: right;
  }
  input[type='search']::-webkit-search-cancel-button {
    display: none;
  }
  #code {
    font-size: max(16px, 1.5em);
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
  }
  /* The real input lies over the boxes with its text and caret transparent; the boxes draw the digits. */
  .code-boxes {
    position: relative;
    display: flex;
    justify-content: center;
  }
  .code-boxes input {
    position: absolute;
    inset: 0;
    z-index: 1;
    height: 100%;
    border: none;
    background: transparent;
    color: transparent;
    -webkit-text-fill-color: transparent;
    caret-color: transparent;
    outline: none;
  }
  .code-boxes input::selection {
    background: transparent;
  }
  .boxes {
    display: flex;
    flex: 1;
    justify-content: center;
    gap: 0.5rem;
  }
  .box {
    display: grid;
    place-items: center;
    flex: 1;
    max-width: 3.25rem;
    min-height: 3.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_field-radius);
    background: var(--_field);
    font-size: 1.5em;
    font-variant-numeric: tabular-nums;
    transition:
      border-color var(--_duration),
      box-shadow var(--_duration);
  }
  .code-boxes:focus-within .active {
    border-color: var(--_primary);
    box-shadow: 0 0 0 2px var(--_primary);
  }
  .code-boxes:focus-within .active:empty::after {
    content: '';
    height: 1.2em;
    border-inline-start: 2px solid;
    animation: blink var(--_blink) steps(2, jump-none) infinite;
  }
  @keyframes blink {
    to {
      visibility: hidden;
    }
  }
  [aria-invalid='true'] + .boxes .box {
    border-color: var(--_error);
    box-shadow: inset 0 0 0 1px var(--_error);
  }

  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  input:focus-visible {
    outline-offset: 0;
  }

  button {
    cursor: pointer;
    border-radius: var(--_field-radius);
  }
  .primary {
    border: none;
    padding: 0.625rem 1rem;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }
  .primary[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .link {
    border: none;
    background: none;
    /* No side padding: the text lines up with the fields above. */
    padding: 0.5rem 0;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .icon,
  .close {
    display: inline-grid;
    place-items: center;
    min-width: 2.75rem;
    border: none;
    background: none;
    padding: 0;
  }
  .close {
    margin-block: -0.5rem;
    margin-inline-end: -0.75rem;
  }
  /* Arrows point the way the text goes. */
  :host(:dir(rtl)) .flip {
    transform: scaleX(-1);
  }
  svg path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .phone-row {
    display: flex;
    gap: 0.5rem;
  }
  .country {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    flex: none;
    padding-inline: 0.625rem 0.5rem;
    border: 1px solid var(--_border);
    background: var(--_field);
    white-space: nowrap;
  }
  .flag {
    font-size: 1.25em;
    line-height: 1;
  }

  .picker {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-height: 0;
  }
  .picker-head {
    display: flex;
    gap: 0.25rem;
    align-items: center;
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    padding: 0.25rem 0;
    max-height: min(20rem, 50dvh);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_field-radius);
  }
  [role='option'] {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  [role='option'] {
    border-inline-start: 3px solid transparent;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_hover);
    border-inline-start-color: var(--_primary);
  }
  [role='option'] .name {
    flex: 1;
  }
  .calling-code {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    /* "+44", never "44+", in right-to-left text. In CSS rather than a dir attribute on each of the
       ~240 options: WebKit is much slower with those. */
    direction: ltr;
    unicode-bidi: isolate;
  }

  .remembered {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: 1.125em;
    font-variant-numeric: tabular-nums;
  }
  .remembered .link {
    font-size: 1rem;
  }

  .secondary {
    display: flex;
    justify-content: space-between;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .countdown {
    font-size: 0.9375em;
  }

  /* Empty live regions stay in the accessibility tree (a region that appears with its text may go
     unannounced), out of sight and out of the layout. */
  .message:empty,
  .error:empty,
  .no-match:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .error {
    color: var(--_error);
    font-weight: 500;
  }
  .error svg {
    vertical-align: -0.2em;
    margin-inline-end: 0.375rem;
  }

  .success {
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    padding: var(--_space) 0;
    text-align: center;
    color: var(--_success);
  }
  .success:focus {
    outline: none;
  }
  .success svg path {
    stroke-width: 2.5;
  }
  .success-title {
    font-size: 1.25em;
    font-weight: 600;
  }
  .success p:not(.success-title) {
    color: var(--_muted);
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Windows high contrast: the system colours replace ours and drop shadows, so borders carry what shadows did,
     and a thicker dashed border (besides the error line's icon) marks what is wrong. */
  @media (forced-colors: active) {
    .primary {
      border: 1px solid ButtonText;
    }
    .primary[aria-disabled='true'] {
      color: GrayText;
    }
    :focus-visible,
    .code-boxes:focus-within .active {
      outline: 3px solid Highlight;
    }
    .box {
      border-color: CanvasText;
    }
    input[aria-invalid='true']:not(.code-boxes *),
    [aria-invalid='true'] + .boxes .box {
      border: 2px dashed CanvasText;
    }
    [role='option'][aria-selected='true'] {
      border-inline-start-color: Highlight;
    }
  }

  /* Phones: the modal becomes a full-screen sheet clear of the notch and the home indicator. */
  @media (max-width: 480px) {
    dialog {
      /* --_vv-*: the visual viewport, which the on-screen keyboard shrinks (set from script). */
      inset: var(--_vv-top, 0) 0 auto 0;
      width: 100%;
      max-width: 100%;
      height: var(--_vv-height, 100dvh);
      max-height: var(--_vv-height, 100dvh);
      margin: 0;
      border-radius: 0;
    }
    dialog .panel {
      min-height: 100%;
      border-radius: 0;
      padding: max(var(--_space), env(safe-area-inset-top)) max(var(--_space), env(safe-area-inset-right)) max(var(--_space), env(safe-area-inset-bottom))
        max(var(--_space), env(safe-area-inset-left));
    }
  }
`;

export const styles = [
  base,
  darkPalette(":host([theme='dark'])"),
  unsafeCSS(`@media (prefers-color-scheme: dark) { ${darkPalette(":host([theme='auto'])").cssText} }`),
];
