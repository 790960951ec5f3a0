/**
 * Keeps the page behind a modal from scrolling. `overflow: hidden` on the root is enough on desktop,
 * but iOS Safari still scrolls the body on touch, so the body is also pinned with `position: fixed`
 * at its current offset, and the scroll position is put back on release. Only CSSOM writes are used,
 * which a strict `style-src 'self'` policy allows.
 */
let holders = 0;
let restore: (() => void) | null = null;

export function lockPageScroll(): () => void {
  if (holders++ === 0) {
    const root = document.documentElement;
    const body = document.body;
    const { scrollX, scrollY } = window;
    const scrollbar = window.innerWidth - root.clientWidth;
    const saved = {
      rootOverflow: root.style.overflow,
      position: body.style.position,
      top: body.style.top,
      left: body.style.left,
      right: body.style.right,
      paddingRight: body.style.paddingRight,
    };
    root.style.overflow = 'hidden';
    body.style.position = 'fixed';
    body.style.top = `${-scrollY}px`;
    body.style.left = `${-scrollX}px`;
    body.style.right = '0';
    if (scrollbar > 0) body.style.paddingRight = `${scrollbar}px`;
    restore = () => {
      root.style.overflow = saved.rootOverflow;
      Object.assign(body.style, {
        position: saved.position,
        top: saved.top,
        left: saved.left,
        right: saved.right,
        paddingRight: saved.paddingRight,
      });
      window.scrollTo(scrollX, scrollY);
    };
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) {
      restore?.();
      restore = null;
    }
  };
}
