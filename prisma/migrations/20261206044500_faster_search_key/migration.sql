-- The same search key, computed in about half the time: `translate` over 32 multi-byte characters
-- was a third of the key's cost (it scans the whole from-list for every character of the text).
-- Letters fold with one bracket expression per target letter, and `translate` runs only on texts
-- that hold Arabic-Indic digits or separators. The result is unchanged for every text, so stored
-- search vectors stay valid; lib/search/search-key.ts is still the same function in TypeScript.
CREATE FUNCTION wb_fold_letters(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN input ~ '[٠-٩۰-۹٫٬٪]'
  THEN translate(input, 'آأإٱىیکؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪', 'ااااييكوي01234567890123456789.,%')
  ELSE regexp_replace(regexp_replace(regexp_replace(regexp_replace(input,
    '[آأإٱ]', 'ا', 'g'), '[ىیئ]', 'ي', 'g'), 'ک', 'ك', 'g'), 'ؤ', 'و', 'g')
END;

CREATE OR REPLACE FUNCTION wb_search_key(input text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN regexp_replace(
  replace(replace(replace(replace(replace(replace(replace(
    regexp_replace(
      wb_fold_letters(
        regexp_replace(
          normalize(input, NFKC),
          '[\u064B-\u065F\u0670\u0610-\u061A\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]',
          '', 'g')),
      -- Punctuation and symbols become spaces: under a C-type locale (the embedded server's) the
      -- text-search parser counts every non-ASCII character as a letter, so «القذائف”» or
      -- «المنطقة،» would otherwise be indexed with the mark glued on.
      '[\u0001-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u00BF\u00D7\u00F7\u060C\u061B\u061F\u066A-\u066D\u06D4\u2000-\u206F\u2190-\u2BFF\u3000-\u303F\uFD3E\uFD3F\uFE10-\uFE6F\uFF00-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\U0001F000-\U0001FAFF]',
      ' ', 'g'),
    'اميرك', 'امريك'), 'بنتاجون', 'بنتاغون'), 'تيليغرام', 'تلغرام'), 'تليغرام', 'تلغرام'), 'تلجرام', 'تلغرام'),
    'مليشي', 'ميليشي'), 'سوريا', 'سورية'),
  '(^|[^\u0621-\u064A])(?:[وف]?[بك]?ال|[وف]?لل)([\u0621-\u064A]{2,})', '\1\2', 'g');
