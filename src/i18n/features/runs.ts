/** Strings for runs of ICE sheets that read the same (summary.json `snapshots`, checks.json), English and Spanish side by side. */
export const en = {
  'runs.label': '{range} ({count} sheets)',
  'runs.labelShort': '{range} ({count})',
} as const;

export const es: Record<keyof typeof en, string> = {
  'runs.label': '{range} ({count} versiones de la lista)',
  'runs.labelShort': '{range} ({count})',
};
