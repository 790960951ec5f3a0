// The phone step's pane: the phone row and country button, the message and error lines. (The other steps' are in steps.ts.)
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

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
