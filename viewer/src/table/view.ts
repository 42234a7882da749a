import { csvRow } from "../../../src/export/csv.js";
import { el } from "../dom.js";
import { download } from "../io/export.js";
import { sortRows, type TableData } from "./model.js";

/** Rows drawn at most (the CSV has them all): a table of 50,000 links would stall the page. */
const ROWS_SHOWN = 500;

/**
 * A sortable table (click a header; again to reverse), rows through textContent, and "Export
 * CSV" of every row as sorted, cells made safe for spreadsheets (src/export/csv.ts).
 */
export function renderTable(container: HTMLElement, table: TableData, onRow: (key: string) => void): void {
  let column = table.columns.findIndex((c) => c.numeric);
  if (column < 0) column = 0;
  let descending = table.columns[column]!.numeric;
  const body = el("tbody");
  const heads = table.columns.map((c, i) =>
    el("th", { attrs: { scope: "col", "data-column": c.key, "aria-sort": "none" } }, [
      el("button", { text: c.title, attrs: { type: "button" }, on: { click: () => sortBy(i) } }),
    ]),
  );
  const note = el("p", { className: "muted small" });
  const rows = () => sortRows(table, column, descending);
  const draw = () => {
    const sorted = rows();
    heads.forEach((h, i) => h.setAttribute("aria-sort", i === column ? (descending ? "descending" : "ascending") : "none"));
    body.replaceChildren(
      ...sorted.slice(0, ROWS_SHOWN).map((r) =>
        el("tr", { attrs: { "data-key": r.key }, on: { click: () => onRow(r.key) } }, r.cells.map((c, i) => el("td", { className: table.columns[i]!.numeric ? "num" : "", text: c }))),
      ),
    );
    note.textContent = sorted.length > ROWS_SHOWN ? `The first ${ROWS_SHOWN} of ${sorted.length} rows; the CSV has them all.` : `${sorted.length} rows.`;
  };
  const sortBy = (i: number) => {
    descending = i === column ? !descending : table.columns[i]!.numeric;
    column = i;
    draw();
  };
  const exportCsv = () => {
    const lines = [csvRow(table.columns.map((c) => c.key)), ...rows().map((r) => csvRow(r.cells))];
    download(lines.join(""), `newsgraph-${table.name}.csv`, "text/csv");
  };
  draw();
  container.replaceChildren(
    el("div", { className: "table-bar" }, [note, el("button", { text: "Export CSV", attrs: { type: "button", "data-action": `csv-${table.name}` }, on: { click: exportCsv } })]),
    el("div", { className: "table-scroll" }, [el("table", { className: "data-table", attrs: { "data-table": table.name } }, [el("thead", {}, [el("tr", {}, heads)]), body])]),
  );
}
