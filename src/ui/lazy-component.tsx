import type { ComponentChildren, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is loaded on first use (its own chunk, precached like the rest), so
 * it stays off the first-screen path. Shows `fallback` for the moment it takes.
 */
export function lazyComponent<P extends object>(load: () => Promise<{ default: FunctionComponent<P> }>, fallback: () => ComponentChildren) {
  let loaded: FunctionComponent<P> | undefined;
  return function Lazy(props: P) {
    const [component, setComponent] = useState<FunctionComponent<P> | undefined>(() => loaded);
    useEffect(() => {
      if (component) return;
      let live = true;
      void load().then((m) => {
        loaded = m.default;
        if (live) setComponent(() => m.default);
      });
      return () => {
        live = false;
      };
    }, [component]);
    const Component = component;
    return Component ? <Component {...props} /> : <>{fallback()}</>;
  };
}
