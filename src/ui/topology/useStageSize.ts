import { useLayoutEffect, useState, type RefObject } from 'react';

// The size of the box the topology is drawn in (its parent, the stage), in whole CSS pixels, so the
// pictures can be sized in pixels rather than as 100% of a flex item. Sized in percent, an SVG is
// laid out again, with every one of its 1,000-odd elements at 101 servers, whenever anything else
// in the panel's column is (the leadership sentence, the fault strip): about 10 ms of each scrub.
// Measured before the first paint, then kept up to date by a ResizeObserver.

export interface StageSize {
  width: number;
  height: number;
}

export function useStageSize(child: RefObject<Element | null>): StageSize | null {
  const [size, setSize] = useState<StageSize | null>(null);
  useLayoutEffect(() => {
    const stage = child.current?.parentElement;
    if (!stage) return;
    const measure = () => {
      const width = stage.clientWidth;
      const height = stage.clientHeight;
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(stage);
    return () => observer.disconnect();
  }, [child]);
  return size;
}
