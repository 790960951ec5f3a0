/**
 * The modal: the native `<dialog>` opened with `showModal()` (top layer, inert page, focus kept
 * inside), focus given back to the opener, closing by the close button, Escape or the backdrop as a
 * cancelable `close` request, the page behind held still (iOS included), and the sheet kept above
 * the on-screen keyboard. It keeps the dialog in step with `mode` and `open` after every render.
 */
import type { ReactiveController } from 'lit';
import type { CloseSource } from '../events.js';
import { lockPageScroll } from '../platform/scroll-lock.js';
import { followVisualViewport } from '../platform/visual-viewport.js';
import { emit, openSetCount, type SmsLockHost } from './host.js';

export class ModalController implements ReactiveController {
  #opener: HTMLElement | null = null;
  #releaseScroll?: () => void;
  #stopViewport?: () => void;
  #closedForMove = false;
  #escapeHandled = false;
  #pointerDownOnBackdrop = false;

  constructor(
    private readonly host: SmsLockHost,
    /** Focuses the field of the current step once the dialog has opened. */
    private readonly focusStep: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopViewport = followVisualViewport(this.host, () => {
      const root = this.host.shadowRoot;
      // Only while the user is in the widget: the page's own fields are not ours to scroll to.
      if (!root?.activeElement) return [];
      return [root.activeElement, root.querySelector('[part~="submit-button"]')];
    });
  }

  hostDisconnected(): void {
    this.#stopViewport?.();
    this.#close(true);
  }

  hostUpdated(): void {
    const dialog = this.#dialog();
    const shouldBeOpen = this.host.mode === 'modal' && this.host.open;
    if (shouldBeOpen && dialog && !dialog.open) {
      this.#opener ??= deepActiveElement();
      dialog.showModal();
      this.#releaseScroll = lockPageScroll();
      this.focusStep();
    } else if (!shouldBeOpen) {
      this.#close(false);
    }
  }

  /** The user asked to close: a cancelable `close` event, then closed unless cancelled. */
  requestClose(source: CloseSource): void {
    if (!this.host.closable || this.host.mode !== 'modal') return;
    const before = openSetCount(this.host);
    const request = emit(this.host, 'close', { source }, true);
    // A listener that reopened (or closed) the modal itself has the last word.
    if (!request.defaultPrevented && openSetCount(this.host) === before) this.host.open = false;
  }

  // Listeners for the <dialog> (bound: the template passes them as they are).

  readonly onKeydown = (event: KeyboardEvent): void => {
    // Escape while composing (IME) cancels the composition, not the dialog.
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
    // Chromium honours cancel.preventDefault() only once in a row, so Escape is stopped here,
    // before it becomes a cancel request, and routed through requestClose.
    event.preventDefault();
    this.#escapeHandled = true;
    queueMicrotask(() => (this.#escapeHandled = false));
    this.requestClose('escape');
  };

  readonly onCancel = (event: Event): void => {
    event.preventDefault();
    if (!this.#escapeHandled) this.requestClose('escape');
  };

  readonly onPointerDown = (event: PointerEvent): void => {
    this.#pointerDownOnBackdrop = event.target === event.currentTarget;
  };

  readonly onClick = (event: MouseEvent): void => {
    // The panel fills the dialog box, so a click whose target is the dialog itself hit the backdrop.
    // Requiring the press to start there too ignores a text selection dragged out of the panel.
    const onBackdrop = event.target === event.currentTarget && this.#pointerDownOnBackdrop;
    this.#pointerDownOnBackdrop = false;
    if (onBackdrop) this.requestClose('backdrop');
  };

  readonly onClosed = (): void => {
    // Closed because the element left the document: it opens again if it comes back.
    if (this.#closedForMove) {
      this.#closedForMove = false;
      return;
    }
    // The close event of an earlier close arrives after show() opened the dialog again: nothing to do.
    if (this.#dialog()?.open) return;
    // Closed by the browser itself (e.g. a close watcher): keep `open` truthful.
    if (this.host.open) this.host.open = false;
  };

  #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  /** Closes the dialog and frees the page; `moving`: the element left the document, `open` stays as it is. */
  #close(moving: boolean): void {
    const dialog = this.#dialog();
    if (dialog?.open) {
      this.#closedForMove = moving;
      dialog.close();
    }
    this.#releaseScroll?.();
    this.#releaseScroll = undefined;
    // Moving keeps the opener: focus goes back to it when the moved modal closes.
    if (moving) return;
    const opener = this.#opener;
    this.#opener = null;
    if (opener?.isConnected) opener.focus();
  }
}

function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}
