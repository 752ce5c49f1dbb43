import { describe, expect, it } from "vitest";
import { CSV_BOM, CSV_COLUMNS, csvCell, csvWriter } from "./csv";
import { asText, collect, TEXT } from "./test-fixtures";

/** RFC 4180 reader, enough to read back what the writer wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

describe("CSV", () => {
  it("quotes what needs quoting and doubles quotes", () => {
    expect(csvCell("قال")).toBe("قال");
    expect(csvCell('قال "نعم", ثم')).toBe('"قال ""نعم"", ثم"');
    expect(csvCell("سطر\nسطر")).toBe('"سطر\nسطر"');
    expect(csvCell(3)).toBe("3");
    expect(csvCell(null)).toBe("");
  });

  it("defuses cells a spreadsheet would run as formulas, also behind spaces or invisible marks", () => {
    for (const risky of ["=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", " =1", "\u200F=1", "＝1"])
      expect(csvCell(risky).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("قال =1")).toBe("قال =1");
    expect(csvCell(-3)).toBe("-3");
  });

  it("starts with a byte-order mark, ends rows with CRLF, keeps Arabic and emoji intact, one row per claim", () => {
    const text = asText(collect(csvWriter));
    expect(text.startsWith(CSV_BOM)).toBe(true);
    const rows = readCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const record = (row: string[]) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
    const [count, killed, none] = rows.slice(1).map(record);
    expect(count).toMatchObject({
      kind: "count",
      status: "reviewed",
      claim_text: "3 صواريخ 🚀",
      speaker_ar: "المتحدث",
      speaker_en: "Department of Defense",
      counted: "صواريخ",
      count: "3",
      count_as_of: "2024-01-01",
      links: expect.stringContaining("updates →"),
      source: "وزارة الدفاع",
      source_type: "official",
      proposed_by_rule: "count.figure",
      rule_version: "2",
      confidence: "0.75",
    });
    // "3 صواريخ 🚀" starts after 👍 and 𝐀 (two UTF-16 units each, one code point) and ends after 🚀.
    const start = TEXT.indexOf("3 صواريخ");
    expect(count).toMatchObject({
      claim_start_utf16: String(start),
      claim_end_utf16: String(start + "3 صواريخ 🚀".length),
      claim_start_codepoint: String([...TEXT.slice(0, start)].length),
      claim_end_codepoint: String([...TEXT.slice(0, start)].length + [..."3 صواريخ 🚀"].length),
    });
    expect(Number(count!.claim_end_utf16) - Number(count!.claim_end_codepoint)).toBe(3);
    expect(killed).toMatchObject({
      source: "",
      source_type: "",
      proposed_by_rule: "",
      rule_version: "",
      confidence: "",
    });
    expect(killed).toMatchObject({
      kind: "casualty",
      killed: "at least 2",
      victims: "جنود",
      event: "Attack",
      translation_en: "killing two soldiers",
      translation_status: "reviewed",
      translation_engine: "",
      translation_human_edited: "true",
      verdict: "false",
      verdict_rationale: "نفت الوزارة",
      link_count: "2",
      article_title: "نص مع رموز 🚀",
    });
    expect(killed!.links).toContain("contradicts → c-remote (مقال آخر) [confirmed]");
    // A note starting with "-" would be read as a formula.
    expect(none!.note).toBe("'-1 بلا نص");
    expect(JSON.parse(count!.figures_json!)).toEqual({
      thing: "صواريخ",
      value: { qualifier: "exactly", value: 3 },
      asOf: "2024-01-01",
    });
  });
});
