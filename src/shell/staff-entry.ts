/**
 * The discreet way from the public kiosk into staff mode: a 3-second press on the top-start
 * corner of the screen (an invisible 64 × 64 px zone: no element, nothing focusable, nothing
 * changes on screen), or Ctrl+Alt+S on a keyboard. Either one opens /staff with a full
 * navigation, which also wipes the public session. The public kiosk never imports staff code.
 */

/** How long the corner must be held. */
export const HOLD_MS = 3000;
/** The corner zone's side, in CSS pixels. */
export const ZONE_PX = 64;
/** A finger may wander this far (CSS px) while holding. */
const WANDER_PX = 24;

/** Options for tests. */
export interface StaffEntryOptions {
  holdMs?: number;
  zonePx?: number;
  /** What entering does (default: forget the session's storage and open /staff). */
  enter?: () => void;
}

/** Opens staff mode: a full navigation, replacing the entry (no history to go back to). */
export function enterStaffMode(win: Window = window): void {
  try {
    win.sessionStorage.clear();
  } catch {
    /* nothing to clear */
  }
  win.location.replace('/staff');
}

/** Whether a point is in the top-start corner (top-left, or top-right in a right-to-left language). */
export function inStartCorner(x: number, y: number, win: Window, zonePx: number = ZONE_PX): boolean {
  if (y < 0 || y >= zonePx) return false;
  const rtl = win.document.documentElement.dir === 'rtl';
  return rtl ? x > win.innerWidth - zonePx && x <= win.innerWidth : x >= 0 && x < zonePx;
}

/** Whether a key press is Ctrl+Alt+S (the physical S key, whatever the layout). */
export function isStaffShortcut(event: KeyboardEvent): boolean {
  return event.ctrlKey && event.altKey && !event.metaKey && !event.shiftKey && (event.code === 'KeyS' || event.key.toLowerCase() === 's');
}

/** Listens for the corner hold and the shortcut; returns a function that stops listening. */
export function installStaffEntry(win: Window = window, options: StaffEntryOptions = {}): () => void {
  const holdMs = options.holdMs ?? HOLD_MS;
  const zonePx = options.zonePx ?? ZONE_PX;
  const enter = options.enter ?? (() => enterStaffMode(win));
  let hold: { pointerId: number; x: number; y: number; timer: ReturnType<typeof setTimeout> } | undefined;

  const cancel = () => {
    if (hold) clearTimeout(hold.timer);
    hold = undefined;
  };
  const onDown = (event: PointerEvent) => {
    cancel();
    if (!event.isPrimary || !inStartCorner(event.clientX, event.clientY, win, zonePx)) return;
    hold = {
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      timer: setTimeout(() => {
        hold = undefined;
        enter();
      }, holdMs),
    };
  };
  const onMove = (event: PointerEvent) => {
    if (hold && event.pointerId === hold.pointerId && Math.hypot(event.clientX - hold.x, event.clientY - hold.y) > WANDER_PX) cancel();
  };
  const onEnd = (event: PointerEvent) => {
    if (hold && event.pointerId === hold.pointerId) cancel();
  };
  // A long touch opens the context menu (which would also cancel the hold): not in the corner.
  const onContextMenu = (event: MouseEvent) => {
    if (hold || inStartCorner(event.clientX, event.clientY, win, zonePx)) event.preventDefault();
  };
  const onKey = (event: KeyboardEvent) => {
    if (!isStaffShortcut(event)) return;
    event.preventDefault();
    enter();
  };

  const doc = win.document;
  // Capture phase, passive: seen before anything else, never stopping what the page does.
  doc.addEventListener('pointerdown', onDown, { capture: true, passive: true });
  doc.addEventListener('pointermove', onMove, { capture: true, passive: true });
  doc.addEventListener('pointerup', onEnd, { capture: true, passive: true });
  doc.addEventListener('pointercancel', onEnd, { capture: true, passive: true });
  doc.addEventListener('contextmenu', onContextMenu, { capture: true });
  doc.addEventListener('keydown', onKey, { capture: true });
  win.addEventListener('blur', cancel);
  return () => {
    cancel();
    doc.removeEventListener('pointerdown', onDown, { capture: true });
    doc.removeEventListener('pointermove', onMove, { capture: true });
    doc.removeEventListener('pointerup', onEnd, { capture: true });
    doc.removeEventListener('pointercancel', onEnd, { capture: true });
    doc.removeEventListener('contextmenu', onContextMenu, { capture: true });
    doc.removeEventListener('keydown', onKey, { capture: true });
    win.removeEventListener('blur', cancel);
  };
}
