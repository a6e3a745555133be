// How wide a label draws, in the width of a Latin character: a Chinese character (or any other
// wide one) takes about two. The diagram places its words by this before drawing them.

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 1.9 : 1;
  return units;
}
