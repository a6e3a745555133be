import { useLayoutEffect, useState, type RefObject } from 'react';

// The size of a box in whole CSS pixels, measured before the first paint and kept up to date by a
// ResizeObserver (panes follow the window). The topology sizes its SVGs from its stage this way
// rather than as 100% of a flex item: sized in percent, an SVG is laid out again, with every one of
// its 1,000-odd elements at 101 servers, whenever anything else in the column is (about 10 ms of
// each scrub).

export interface ElementSize {
  width: number;
  height: number;
}

/** The size of `ref`'s element, or with `ofParent` of its parent; null until measured. */
export function useElementSize(ref: RefObject<Element | null>, ofParent = false): ElementSize | null {
  const [size, setSize] = useState<ElementSize | null>(null);
  useLayoutEffect(() => {
    const box = ofParent ? ref.current?.parentElement : ref.current;
    if (!box) return;
    const measure = () => {
      const width = box.clientWidth;
      const height = box.clientHeight;
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, ofParent]);
  return size;
}
