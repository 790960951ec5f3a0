import { css } from 'lit';

// Served as a constructable stylesheet (adoptedStyleSheets), so a strict `style-src 'self'` policy needs no exception.
export const styles = css`
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
  input[type='search']::-webkit-search-cancel-button {
    display: none;
  }
  #code {
    font-size: max(16px, 1.5em);
    letter-spacing: 0.3em;
    font-variant-numeric: tabular-nums;
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
    margin: -0.5rem -0.75rem -0.5rem 0;
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
    padding: 0 0.5rem 0 0.625rem;
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
  [role='option'][aria-selected='true'] {
    background: var(--_hover);
    box-shadow: inset 3px 0 0 var(--_primary);
  }
  [role='option'] .name {
    flex: 1;
  }
  .calling-code {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
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
