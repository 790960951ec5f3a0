// The panes: the phone row and country button, the picker, the remembered number, the code step's links, messages, success.
import { css } from 'lit';

export const panes = css`
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
`;
