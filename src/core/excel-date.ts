/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is the fictitious 29/02/1900
 * that Excel keeps for compatibility with Lotus 1-2-3, so every serial from 61 on is one day
 * ahead of a plain day count from 1900-01-01. Serials are whole days; a fraction is a time of day.
 */

const MS_PER_DAY = 86_400_000;
/** Day 0 of the serials from 61 on (1899-12-30), in days since the Unix epoch. */
const EPOCH_DAYS = Date.UTC(1899, 11, 30) / MS_PER_DAY;
/** 1 March 1900: the first real date after Excel's fake leap day. */
const FIRST_SERIAL_AFTER_FAKE_LEAP_DAY = 61;

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Serial of a calendar date (month 1-12). Out-of-range days/months roll over as in Excel's DATE(). */
export function serialFromYmd(year: number, month: number, day: number): number {
  if (year === 1900 && month === 2 && day === 29) return 60;
  const serial = Date.UTC(year, month - 1, day) / MS_PER_DAY - EPOCH_DAYS;
  // Before 1 March 1900 Excel has no fake leap day yet: the count is one day shorter.
  return serial < FIRST_SERIAL_AFTER_FAKE_LEAP_DAY ? serial - 1 : serial;
}

/** Calendar date of a serial (the time of day is dropped). Serial 60 gives 29/02/1900, as Excel shows it. */
export function ymdFromSerial(serial: number): Ymd {
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const days = whole < FIRST_SERIAL_AFTER_FAKE_LEAP_DAY ? whole + 1 : whole;
  const date = new Date((days + EPOCH_DAYS) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Today's serial in the local calendar (what TODAY() gives in the user's Excel). */
export function todaySerial(now: Date = new Date()): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** True when year/month/day name a real calendar date (29/02/1900 included, as Excel accepts it). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  if (year === 1900 && month === 2 && day === 29) return true;
  const ymd = ymdFromSerial(serialFromYmd(year, month, day));
  return ymd.year === year && ymd.month === month && ymd.day === day;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Italian date text: "31/12/2021". */
export function formatDateIt(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}
