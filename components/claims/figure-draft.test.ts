import { describe, expect, it } from "vitest";
import { parseFigures } from "@/lib/claims/figures";
import { ApiError } from "@/components/ui/api-client";
import { fieldErrors } from "./field-errors";
import {
  EMPTY_FIGURES,
  FIGURE_PATHS,
  draftFromFigures,
  figuresFromDraft,
  notNumbers,
  parseNumber,
} from "./figure-draft";

describe("parseNumber", () => {
  it.each([
    ["84", 84],
    ["٨٤", 84],
    ["۸۴", 84],
    [" 150 ", 150],
    ["", undefined],
    ["  ", undefined],
    ["2.5", 2.5],
    ["٢٫٥", 2.5],
    ["-3", -3],
  ])("reads %j as %j", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each(["seven", "7a", "1,000"])("refuses %j", (text) => {
    expect(parseNumber(text)).toBeNaN();
  });
});

describe("figures from the form", () => {
  it("round-trips the prefill of «مقتل عنصر وإصابة اثنين آخرين»", () => {
    const prefill = { killed: { qualifier: "exactly", value: 1 }, injured: { qualifier: "exactly", value: 2 } };
    const figures = figuresFromDraft(draftFromFigures(prefill), "CASUALTY");
    expect(figures).toEqual({ ...prefill, victims: "", perpetrator: "" });
    expect(parseFigures("CASUALTY", figures)).toMatchObject(prefill);
  });

  it("leaves out a figure the analyst left blank, and sends a range as min and max", () => {
    const draft = {
      ...EMPTY_FIGURES,
      injured: { qualifier: "range" as const, value: "", min: "20", max: "99" },
      victims: " civilians ",
    };
    expect(figuresFromDraft(draft, "CASUALTY")).toEqual({
      injured: { qualifier: "range", min: 20, max: 99 },
      victims: "civilians",
      perpetrator: "",
    });
  });

  it("keeps a qualifier without a number, so the server can say it needs one", () => {
    const draft = { ...EMPTY_FIGURES, killed: { qualifier: "about" as const, value: "", min: "", max: "" } };
    const figures = figuresFromDraft(draft, "CASUALTY");
    expect(JSON.parse(JSON.stringify(figures))).toEqual({
      killed: { qualifier: "about" },
      victims: "",
      perpetrator: "",
    });
    expect(() => parseFigures("CASUALTY", JSON.parse(JSON.stringify(figures)))).toThrow(/about.* needs a value/);
  });

  it("builds a count with its dates, and no figures for kinds without them", () => {
    const draft = {
      ...EMPTY_FIGURES,
      thing: "هجوماً",
      count: { qualifier: "more_than" as const, value: "150", min: "", max: "" },
      since: "2023-10-17",
    };
    expect(figuresFromDraft(draft, "COUNT")).toEqual({
      thing: "هجوماً",
      value: { qualifier: "more_than", value: 150 },
      since: "2023-10-17",
    });
    expect(figuresFromDraft(draft, "STATEMENT")).toEqual({});
  });

  it("names the inputs that hold something other than a number", () => {
    const draft = {
      ...EMPTY_FIGURES,
      killed: { qualifier: "exactly" as const, value: "seven", min: "", max: "" },
      count: { qualifier: "range" as const, value: "", min: "x", max: "3" },
    };
    expect(notNumbers(draft, "CASUALTY")).toEqual(["killed.value"]);
    expect(notNumbers(draft, "COUNT")).toEqual(["value.min"]);
    expect(notNumbers(draft, "OTHER")).toEqual([]);
  });
});

describe("fieldErrors", () => {
  const paths = new Set<string>([...FIGURE_PATHS, "occurredOn"]);
  const validation = (issues: { path: (string | number)[]; message: string }[]) =>
    new ApiError(400, "validation_error", "✖ …", issues);

  it("puts each server message under the field it names, nested parts under their figure", () => {
    const found = fieldErrors(
      validation([
        { path: ["killed", "min"], message: "min (5) is above max (3)" },
        { path: [], message: "a casualty claim needs killed or injured figures" },
        { path: ["occurredOn"], message: "use a date like 2023-12-09" },
      ]),
      paths,
      { networkError: "offline" },
    );
    expect(found).toEqual({
      fields: {
        "killed.min": "min (5) is above max (3)",
        "": "a casualty claim needs killed or injured figures",
        occurredOn: "use a date like 2023-12-09",
      },
      general: null,
    });
  });

  it("keeps messages about no field of the form, and other errors, for the top of the form", () => {
    expect(
      fieldErrors(validation([{ path: ["eventId"], message: "Invalid UUID" }]), paths, { networkError: "offline" }),
    ).toEqual({ fields: {}, general: "Invalid UUID" });
    expect(fieldErrors(new ApiError(404, "not_found", "Entity not found"), paths, { networkError: "offline" })).toEqual(
      { fields: {}, general: "Entity not found" },
    );
    expect(fieldErrors(new ApiError(0, "network_error", "fetch failed"), paths, { networkError: "offline" })).toEqual({
      fields: {},
      general: "offline",
    });
  });
});
