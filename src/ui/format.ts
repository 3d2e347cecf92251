// The UI's number formatting is the one shared formatter in src/i18n/format.ts (the CLIs use it too).
export { formatDaa, formatDistance, formatM2, formatNumber, formatShare, formatWhole } from '../i18n/format';
