import { css, unsafeCSS } from 'lit';

// The dark palette (WCAG AA on its background: text 4.5:1 and more, borders and focus ring 3:1 and more), for
// theme="dark", and for theme="auto" when the system is dark. Every colour stays a --sms-lock-* property.
export const darkPalette = (host: string) => css`
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
