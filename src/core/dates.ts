const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?`;
const TIME = String.raw`(?:\s*(?:[-–—|,@]|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)`;

const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, 'i');
const MONTH_DAY = new RegExp(String.raw`^${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?$`, 'i');
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;
const DATE_LINE = new RegExp(
  String.raw`^(?:(?:published|updated|posted|last updated)(?:\s+on)?\s*:?\s*)?(?:${WEEKDAY}\s+)?(.+?)${TIME}?$`,
  'i',
);

const monthNumber = (name: string) =>
  MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().slice(0, 3))) + 1;
const pad = (n: number) => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string {
  const valid =
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  return valid ? `${year}-${pad(month)}-${pad(day)}` : '';
}

function monthDay(month: number, day: number): string {
  const name = MONTHS[month - 1];
  if (!name || day < 1 || day > 31) return '';
  return `${name[0]?.toUpperCase()}${name.slice(1)} ${day}`;
}

/**
 * Reads a date as news pages print it. Returns `YYYY-MM-DD`, or `Month D` when the year is not given,
 * or `''` when the text is not a date.
 * @example parseDate('30 September, 2020') // '2020-09-30'
 */
export function parseDate(text: string): string {
  const value = text.trim();
  let m = ISO.exec(value);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_MONTH_YEAR.exec(value);
  if (m) return iso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(value);
  if (m) return iso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  m = MONTH_DAY.exec(value);
  if (m) return monthDay(monthNumber(m[1] ?? ''), Number(m[2]));
  m = DAY_MONTH.exec(value);
  if (m) return monthDay(monthNumber(m[2] ?? ''), Number(m[1]));
  return '';
}

/**
 * The date of a line that holds nothing but a date (with an optional weekday, time or "Published:"),
 * such as `Wednesday 14 October 2020 - 11:01`; `''` for any other line.
 */
export function parseDateLine(line: string): string {
  if (line.length > 80) return '';
  const m = DATE_LINE.exec(line.trim());
  const date = m ? parseDate(m[1] ?? '') : '';
  // A bare "October 3" line is too weak to be a publication date; require a year on its own line.
  return /^\d{4}-/.test(date) ? date : '';
}
