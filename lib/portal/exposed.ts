/** Below this, a person may not see the pill at all (page CSS can fade our host, not our shadow). */
const MIN_OPACITY = 0.9;
/** Smaller than this on screen, the pill cannot be what the user meant to click. */
const MIN_WIDTH = 40;
const MIN_HEIGHT = 16;

/**
 * Whether the user could see what they clicked: our host and its ancestors drawn (display,
 * visibility, opacity, an opacity filter), the host at a readable size, inside the window, and
 * the topmost element where the click landed. A page that fades, shrinks or covers the pill to
 * make the user click it unknowingly (clickjacking) fails here. A cover with `pointer-events:
 * none` is invisible to hit testing and so not caught: the Track preview is the second guard.
 */
export function isExposed(host: HTMLElement, target: Element, event: MouseEvent): boolean {
  const view = host.ownerDocument.defaultView;
  if (!view || !host.isConnected) return false;
  let opacity = 1;
  for (let el: Element | null = host; el; el = el.parentElement) {
    const style = view.getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    opacity *= Number.parseFloat(style.opacity || '1');
    if (/opacity\(|blur\(/.test(style.filter ?? '')) return false;
  }
  if (!(opacity >= MIN_OPACITY)) return false;
  const box = host.getBoundingClientRect();
  if (box.width < MIN_WIDTH || box.height < MIN_HEIGHT) return false;
  if (box.right <= 0 || box.bottom <= 0 || box.left >= view.innerWidth || box.top >= view.innerHeight) return false;
  // A keyboard press has no pointer: test the middle of the control it activated.
  const at = event.detail > 0 ? { x: event.clientX, y: event.clientY } : centre(target.getBoundingClientRect());
  return host.ownerDocument.elementsFromPoint(at.x, at.y)[0] === host;
}

function centre(box: DOMRect): { x: number; y: number } {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}
