// The words of the Excel CSV export in a language: headers, yes/no, the jobs-today source and the ABC fit (fit.ts).
import type { ExcelWords } from '../domain/exportCsvExcel';
import { excelHeadersEn, excelWordsEn } from './excel.en';
import { excelHeadersNb, excelWordsNb } from './excel.nb';
import { fitWords } from './fit';
import type { Lang } from './index';

const HEADERS = { nb: excelHeadersNb, en: excelHeadersEn } as const;
const WORDS = { nb: excelWordsNb, en: excelWordsEn } as const;

export function excelWords(lang: Lang): ExcelWords {
  const w = WORDS[lang];
  return {
    ...fitWords(lang),
    header: HEADERS[lang],
    yes: w.yes,
    no: w.no,
    jobsTodaySource: (source, field) =>
      source === 'data' && field ? w.fromField.replace('{field}', field) : w.source[source],
  };
}
