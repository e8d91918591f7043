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
export class Boundary extends Component<Props, { caught?: [unknown] }> {
  override state: { caught?: [unknown] } = {};

  // Wrapped, so that even a thrown `undefined` counts as caught.
  static getDerivedStateFromError(error: unknown) {
    return { caught: [error] };
  }

  override render() {
    const { caught } = this.state;
    return caught ? this.props.fallback(caught[0]) : this.props.children;
  }
}
