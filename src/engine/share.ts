/** A confidence as people read it: "62%"; never a misleading "0%" ("<1%") or a certain-looking "100%" (">99%"). */
export function formatShare(confidence: number): string {
  const percent = Math.round(confidence * 100);
  if (percent < 1) return '<1%';
  if (percent > 99 && confidence < 1) return '>99%';
  return `${percent}%`;
}
