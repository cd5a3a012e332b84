/**
 * Calendar dates as the suppression `until` field writes them: `YYYY-MM-DD`. Dates compare as
 * strings in this form, so expiry needs no time zone arithmetic.
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  const digits = value.slice(0, 4) + value.slice(5, 7) + value.slice(8, 10);
  for (const digit of digits) if (digit < '0' || digit > '9') return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a suppression that runs until `until` has stopped working by `today` (it works through its last day). */
export function isPastDate(until: string, today: string): boolean {
  return until < today;
}
