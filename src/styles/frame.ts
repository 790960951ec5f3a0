// The host and its tokens, the modal dialog, the panel and its header.
import { css } from 'lit';

export const frame = css`
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
`;
