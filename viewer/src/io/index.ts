export { parseGraph, sniffFormat, loadGraphFromUrl, loadGraphFromFile, graphUrlFromLocation } from "./load.js";
export type { LoadedGraph, GraphFormat } from "./load.js";
export { bindFileDrop, bindFilePicker, GRAPH_FILE_ACCEPT } from "./files.js";
export type { FileInputHandlers } from "./files.js";
export { viewToGexf, viewToPng, download } from "./export.js";
export type { ViewFilter, PngOptions, StageSource } from "./export.js";
export { attachIo, type IoControlsOptions } from "./controls.js";
