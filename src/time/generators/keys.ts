/** Trigger keys (see `tokenKeys` in context.ts) shared by several patterns. */
export const MONTH_KEYS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
];
export const WEEKDAY_KEYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const SEASON_KEYS = ["spring", "summer", "autumn", "fall", "winter"];
const UNITS = ["second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"];
export const UNIT_KEYS = [...UNITS, ...UNITS.map((u) => `${u}s`), "century", "centuries"];
