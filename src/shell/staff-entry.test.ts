import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { HOLD_MS, installStaffEntry, ZONE_PX } from './staff-entry';

let enter: Mock<() => void>;
let uninstall: () => void;

function pointer(type: string, x: number, y: number, extra: PointerEventInit = {}) {
  document.body.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, isPrimary: true, bubbles: true, ...extra }));
}

beforeEach(() => {
  vi.useFakeTimers();
  enter = vi.fn();
  document.documentElement.dir = 'ltr';
  uninstall = installStaffEntry(window, { enter });
});

afterEach(() => {
  uninstall();
  vi.useRealTimers();
});

describe('the way into staff mode', () => {
  it('opens after holding the top-start corner for 3 s, not before', () => {
    pointer('pointerdown', 10, 10);
    vi.advanceTimersByTime(HOLD_MS - 1);
    expect(enter).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(enter).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the finger lifts, slides away, or presses elsewhere', () => {
    pointer('pointerdown', 10, 10);
    vi.advanceTimersByTime(2000);
    pointer('pointerup', 10, 10);
    vi.advanceTimersByTime(5000);

    pointer('pointerdown', 10, 10);
    pointer('pointermove', 200, 300);
    vi.advanceTimersByTime(5000);

    pointer('pointerdown', ZONE_PX + 1, 10);
    vi.advanceTimersByTime(5000);
    pointer('pointerdown', 10, ZONE_PX + 1);
    vi.advanceTimersByTime(5000);

    // A second finger does not count.
    pointer('pointerdown', 10, 10, { isPrimary: false, pointerId: 2 });
    vi.advanceTimersByTime(5000);
    expect(enter).not.toHaveBeenCalled();
  });

  it('keeps the hold through a small tremor', () => {
    pointer('pointerdown', 10, 10);
    pointer('pointermove', 18, 16);
    vi.advanceTimersByTime(HOLD_MS);
    expect(enter).toHaveBeenCalledTimes(1);
  });

  it('uses the top-right corner in a right-to-left language', () => {
    document.documentElement.dir = 'rtl';
    pointer('pointerdown', 10, 10);
    vi.advanceTimersByTime(HOLD_MS);
    expect(enter).not.toHaveBeenCalled();
    pointer('pointerdown', window.innerWidth - 10, 10);
    vi.advanceTimersByTime(HOLD_MS);
    expect(enter).toHaveBeenCalledTimes(1);
  });

  it('opens with Ctrl+Alt+S, and not with S, Ctrl+S or Alt+S', () => {
    const key = (init: KeyboardEventInit) =>
      document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
    key({ key: 's', code: 'KeyS' });
    key({ key: 's', code: 'KeyS', ctrlKey: true });
    key({ key: 's', code: 'KeyS', altKey: true });
    expect(enter).not.toHaveBeenCalled();
    key({ key: 'ß', code: 'KeyS', ctrlKey: true, altKey: true });
    expect(enter).toHaveBeenCalledTimes(1);
  });

  it('adds nothing to the page: no element, nothing focusable', () => {
    expect(document.body.children).toHaveLength(0);
  });

  it('stops listening once uninstalled', () => {
    uninstall();
    pointer('pointerdown', 10, 10);
    vi.advanceTimersByTime(HOLD_MS);
    expect(enter).not.toHaveBeenCalled();
  });
});
