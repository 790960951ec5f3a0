// The frame around every step: the panel with its header, title, close button, message line and
// slots, inside the modal's <dialog> (or in place, inline).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { closeIcon, type Translate } from './parts.js';

export interface PanelViewProps {
  t: Translate;
  busy: boolean;
  /** Show the close button (a closable modal). */
  closable: boolean;
  /** The information line (a polite live region). */
  message: string;
  /** The current step's pane. */
  pane: TemplateResult;
  /** `rtl` when the texts are in a right-to-left language; otherwise the page's direction applies. */
  dir?: 'rtl';
  onClose: () => void;
}

export function panelView(props: PanelViewProps): TemplateResult {
  const { t } = props;
  return html`<div class="panel" part="panel" dir=${ifDefined(props.dir)} aria-busy=${props.busy ? 'true' : 'false'}>
    <div class="header" part="header">
      <slot name="logo"></slot>
      <h2 id="title" part="title">${t('title')}</h2>
      ${
        props.closable
          ? html`<button type="button" class="close" part="close-button" aria-label=${t('close')} @click=${props.onClose}>${closeIcon()}</button>`
          : nothing
      }
    </div>
    <p id="message" class="message" part="message" role="status">${props.message}</p>
    ${props.pane}
    <slot name="footer"></slot>
  </div>`;
}

export interface DialogListeners {
  onCancel: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onPointerDown: (event: PointerEvent) => void;
  onClick: (event: MouseEvent) => void;
  onClosed: () => void;
}

export function dialogView(panel: TemplateResult, on: DialogListeners): TemplateResult {
  return html`<dialog
    part="dialog"
    aria-labelledby="title"
    @cancel=${on.onCancel}
    @keydown=${on.onKeydown}
    @pointerdown=${on.onPointerDown}
    @click=${on.onClick}
    @close=${on.onClosed}
  >
    ${panel}
  </dialog>`;
}
