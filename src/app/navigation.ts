import type { FlowActor } from '../runtime/flow-machine';

/** What fills the screen while the kiosk is in use. */
export type View =
  | { kind: 'home' }
  | { kind: 'flow'; flowId: string; actor: FlowActor }
  | { kind: 'help'; services: string[] }
  | { kind: 'language' }
  /** The list of a topic's steps, opened over the topic, to jump to any of them. */
  | { kind: 'contents'; flowId: string };

type Listener = (view: View) => void;

/**
 * The session's screen history, in memory only. The kiosk never pushes browser history
 * entries, so nobody can walk back into the previous person's screens with a back gesture.
 */
export class Navigation {
  private stack: View[] = [{ kind: 'home' }];
  private listeners = new Set<Listener>();

  /** @param onLeaveFlow called with each topic view just before it is closed (for anonymous counts). */
  constructor(private readonly onLeaveFlow: (view: Extract<View, { kind: 'flow' }>) => void = () => undefined) {}

  /** The view on screen. */
  get current(): View {
    return this.stack[this.stack.length - 1]!;
  }

  /** Shows a view on top of the current one (Back returns to the current one). */
  open(view: View): void {
    // Opening the same kind of overlay twice would make Back feel broken.
    if (this.current.kind === view.kind && view.kind !== 'flow') this.stack.pop();
    this.stack.push(view);
    this.emit();
  }

  /**
   * From a topic's list of steps: closes the list and puts `actor` (the same topic, started at
   * the chosen step) in place of the running one.
   */
  jumpTo(actor: FlowActor): void {
    if (this.current.kind === 'contents') this.stack.pop();
    const at = this.current;
    if (at.kind !== 'flow') return;
    at.actor.stop();
    this.stack[this.stack.length - 1] = { ...at, actor };
    this.emit();
  }

  /** Leaves the current view for the one below it; stays home at the bottom. */
  back(): void {
    if (this.stack.length > 1) {
      const left = this.stack.pop()!;
      if (left.kind === 'flow') this.closeFlow(left);
    }
    this.emit();
  }

  /** Returns home, stopping every flow on the way. */
  home(): void {
    this.clear();
    this.emit();
  }

  /** Stops every flow and forgets every view (part of the privacy reset). */
  clear(): void {
    for (const view of this.stack) if (view.kind === 'flow') this.closeFlow(view);
    this.stack = [{ kind: 'home' }];
  }

  private closeFlow(view: Extract<View, { kind: 'flow' }>): void {
    this.onLeaveFlow(view);
    view.actor.stop();
  }

  /** How many views are stacked (1 = home). */
  get depth(): number {
    return this.stack.length;
  }

  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l(this.current);
  }
}
