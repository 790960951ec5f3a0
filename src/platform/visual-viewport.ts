/**
 * Keeps the active field and its submit button above the on-screen keyboard. Mobile browsers shrink
 * the visual viewport, not the layout one, when the keyboard opens: its size and offset are handed
 * to CSS as `--_vv-height` / `--_vv-top` (so the sheet shrinks with it), and the given elements are
 * scrolled back into view.
 */
export function followVisualViewport(host: HTMLElement, keepVisible: () => Array<Element | null>): () => void {
  const viewport = window.visualViewport;
  if (!viewport) return () => {};
  let frame = 0;
  let resized = false;
  const update = (event: Event) => {
    resized ||= event.type === 'resize';
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      host.style.setProperty('--_vv-height', `${viewport.height}px`);
      host.style.setProperty('--_vv-top', `${viewport.offsetTop}px`);
      // Only when the keyboard (or a zoom) changed the size: a user panning a zoomed page is left alone.
      if (resized) for (const element of keepVisible()) element?.scrollIntoView({ block: 'nearest' });
      resized = false;
    });
  };
  viewport.addEventListener('resize', update);
  viewport.addEventListener('scroll', update);
  return () => {
    cancelAnimationFrame(frame);
    viewport.removeEventListener('resize', update);
    viewport.removeEventListener('scroll', update);
    host.style.removeProperty('--_vv-height');
    host.style.removeProperty('--_vv-top');
  };
}
