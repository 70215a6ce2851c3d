// A line that holds nothing but a date and perhaps a time: the page's publication stamp
// ("Tuesday, 9/12/2025 | 21:34 GMT+7", "9:00:26 AM | 9/29/2021", "Updated: December 9, 2025",
// "PUBLISHED : Jul 30, 2026, 08:20", "March 29, 2024 5:47 PM GMT+7 Updated 2 hours ago",
// "Published - November 14, 2029 11:02 pm IST", "17.11.2025 - Update : 17.11.2025",
// "Thứ Bảy, 30/3/2024").

const PARTS = new RegExp([
  // "Updated 2 hours ago" (before the figures, which would take its number)
  '\\b\\d{1,2}\\s+(?:hours?|hrs?|minutes?|mins?|days?)\\s+ago\\b',
  '\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b\\.?',
  '\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?',
  '\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b',
  '\\b\\d{1,4}(?:[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?)?(?:st|nd|rd|th)?\\b',
  '\\b(?:[ap]\\.m\\.|(?:[ap]\\.?m|gmt|utc|ict|est|edt|cst|cdt|pst|pdt|cet|cest|eet|eest|bst|ist|msk|trt|jst|kst|sgt|hkt|pht|wib|wita|aest|aedt|nzst|nzdt)\\b)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?',
  '\\b(?:updated?|published|posted|last updated|issued|modified|on|at)\\b\\s*:?',
  // the weekday in Vietnamese: "Thứ Bảy, 30/3/2024"
  '(?:Thứ (?:Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật)',
  'T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?',
].join('|'), 'gi');

const DATE_SHAPE = /\d{1,4}[/.-]\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** The site's name or the place before the stamp: "VOV.VN - Sunday, 08/09/2024 | 10:15", "VNA | 9/12/2025", "Jakarta ● Fri, March 13, 2026". */
const SITE_BEFORE = /^(?:[A-Z][A-Za-z]*(?:\.[A-Za-z]+)+|[A-Z]{2,10})\s*[-–—|]\s*|^[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*●\s*/;

/** What a stamp after a site's name holds: a month or weekday name, or a full numeric date ("GDP - 7.09" is a figure). */
const DATE_AFTER_SITE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

export function isDateLine(text: string): boolean {
  // the shape test first: most short lines with a digit fail it, and it makes no new strings
  if (text.length > 80 || !/\d/.test(text) || !DATE_SHAPE.test(text)) return false;
  const stamp = text.replace(SITE_BEFORE, '');
  if (stamp !== text && !DATE_AFTER_SITE.test(stamp)) return false;
  return stamp.replace(PARTS, ' ').replace(/[\s|,/·•–—()-]+/g, '').length === 0;
}
