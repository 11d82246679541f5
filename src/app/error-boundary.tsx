import { Component, type ComponentChildren } from 'preact';
import { emitUsage } from '../shell/usage';

/**
 * Catches an unexpected error in a screen: instead of a blank page, a calm "let's start again"
 * that resets the session.
 */
export class ErrorBoundary extends Component<
  { fallback: (restart: () => void) => ComponentChildren; onRestart: () => void; children: ComponentChildren },
  { failed: boolean }
> {
  override state = { failed: false };

  override componentDidCatch(error: unknown): void {
    console.error('Kiosque e-Santé: screen error', error);
    emitUsage({ type: 'error' });
    this.setState({ failed: true });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(() => {
      this.setState({ failed: false });
      this.props.onRestart();
    });
  }
}
