// Fields and buttons: labels, inputs, focus rings, primary and link buttons, icons. (The code boxes are in steps.ts.)
import { css } from 'lit';

export const controls = css`
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
  :host(:dir(rtl)) input[dir='ltr'],
  [dir='rtl'] input[dir='ltr'] {
    text-align: right;
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
  :host(:dir(rtl)) .flip,
  [dir='rtl'] .flip {
    transform: scaleX(-1);
  }
  svg path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
