// Runs in: renderer. Any render error sends the kiosk back to the attract loop and into the log,
// never to a blank screen. Errors in quick succession show a still title screen and retry later.
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { getKioskApi } from '../platform/kiosk-api';
import { kioskStore } from '../store/kiosk-store';
import './LoadingScreen.css';

/** Two errors closer together than this mean the attract loop itself fails: wait before retrying. */
const REPEAT_WINDOW_MS = 10_000;

interface BoundaryState {
  failed: boolean;
  generation: number;
  lastFailureAt: number;
}

export class VisitorErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { failed: false, generation: 0, lastFailureAt: 0 };
  private retryTimer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    getKioskApi().kiosk.reportError({
      message: String(error.message).slice(0, 2000),
      stack: `${error.stack ?? ''}\n${info.componentStack ?? ''}`.slice(0, 8000),
    });
    kioskStore.getState().resetToAttract('error');
    const now = Date.now();
    const repeated = now - this.state.lastFailureAt < REPEAT_WINDOW_MS;
    this.setState({ lastFailureAt: now });
    if (repeated) {
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.recover(), REPEAT_WINDOW_MS);
    } else {
      this.recover();
    }
  }

  override componentWillUnmount(): void {
    clearTimeout(this.retryTimer);
  }

  private recover(): void {
    this.setState((state) => ({ failed: false, generation: state.generation + 1 }));
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <main className="loading" aria-label="Heroes of Children">
          <span className="loading__dot" />
        </main>
      );
    }
    // A new key remounts the whole visitor tree from a clean slate.
    return (
      <div key={this.state.generation} className="app-root">
        {this.props.children}
      </div>
    );
  }
}
