import { useEffect, useRef } from 'react';

/** Moves focus to a screen's heading when the screen appears, so screen readers announce the change. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
