// Forced colours (Windows high contrast) and the phone-sized sheet.
import { css } from 'lit';

export const media = css`
  /* Windows high contrast: the system colours replace ours and drop shadows, so borders carry what shadows did,
     and a thicker dashed border (besides the error line's icon) marks what is wrong. */
  @media (forced-colors: active) {
    .primary {
      border: 1px solid ButtonText;
    }
    .primary[aria-disabled='true'] {
      color: GrayText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
    input[aria-invalid='true']:not(.code-boxes *) {
      border: 2px dashed CanvasText;
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
