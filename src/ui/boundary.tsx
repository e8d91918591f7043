import { Component, type ReactNode } from "react";

type Props = {
  /** What to show instead, given what went wrong. */
  fallback: (error: unknown) => ReactNode;
  children: ReactNode;
};

/**
 * Catches what goes wrong while a part of the page is drawn, so only that part is replaced by a
 * plain message and the rest of the app stays. React's error boundaries must be classes; give
 * one a new `key` to draw its part afresh.
 */
export class Boundary extends Component<Props, { error?: unknown }> {
  override state = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    // Checked by key: even a thrown `undefined` counts as caught.
    return "error" in this.state ? this.props.fallback(this.state.error) : this.props.children;
  }
}
