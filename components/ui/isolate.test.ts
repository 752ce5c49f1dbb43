import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatIsolated, isolateLatin } from "./isolate";

const html = (node: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(node);

describe("bidirectional isolation", () => {
  it("isolates a handle and a Latin name inside Arabic text, and leaves the Arabic as it is", () => {
    expect(html(isolateLatin("— عمر الجنابي (@omartvsd) April 21, 2024"))).toBe(
      '— عمر الجنابي (<bdi dir="ltr">@omartvsd</bdi>) <bdi dir="ltr">April 21</bdi>, 2024',
    );
    expect(html(isolateLatin("قال Mark Esper إن"))).toBe('قال <bdi dir="ltr">Mark Esper</bdi> إن');
  });

  it("leaves text without Arabic alone", () => {
    expect(isolateLatin("Mark Esper (@EsperDoD)")).toBe("Mark Esper (@EsperDoD)");
  });

  it("fills a template with isolated values in the sentence's order", () => {
    expect(
      html(
        formatIsolated("{state} بقلم {name}، {date}", {
          state: "مؤكَّد",
          name: "Reviewer 1a2b",
          date: "6 ديسمبر 2026، 08:00 UTC",
        }),
      ),
    ).toBe("<bdi>مؤكَّد</bdi> بقلم <bdi>Reviewer 1a2b</bdi>، <bdi>6 ديسمبر 2026، 08:00 UTC</bdi>");
  });
});
