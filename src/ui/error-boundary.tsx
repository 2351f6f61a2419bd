/** Last line of defence per route: a message and a way back instead of a blank page. */
import { Component, type ReactNode } from 'react';

interface Props {
  readonly fallback: (reset: () => void) => ReactNode;
  readonly children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
