import { useEffect, useState } from 'react';
import { loadShareCodec } from '../../driver/index.ts';

// The share codec, loaded once the script panel is opened; null until it arrives.

type Codec = Awaited<ReturnType<typeof loadShareCodec>>;

export function useShareCodec(): Codec | null {
  const [codec, setCodec] = useState<Codec | null>(null);
  useEffect(() => {
    let live = true;
    void loadShareCodec().then((m) => {
      if (live) setCodec(m);
    });
    return () => {
      live = false;
    };
  }, []);
  return codec;
}
