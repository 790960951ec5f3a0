// The steps after the phone entry: the country picker, the remembered number, the code boxes and the
// code step's links, success. A sheet of its own, adopted before the first of them shows (or when the
// browser is idle), so that the first screen parses about a quarter less CSS. Its forced-colours rules
// come with it, after the rules they override.
import { css } from 'lit';

export const steps = css`
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

  @media (forced-colors: active) {
    .code-boxes:focus-within .active {
      outline: 3px solid Highlight;
    }
    .box {
      border-color: CanvasText;
    }
    [aria-invalid='true'] + .boxes .box {
      border: 2px dashed CanvasText;
    }
    [role='option'][aria-selected='true'] {
      border-inline-start-color: Highlight;
    }
  }
`;
