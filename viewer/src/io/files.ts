import { loadGraphFromFile, type LoadedGraph } from "./load.js";

export interface FileInputHandlers {
  onGraph(graph: LoadedGraph, file: File): void;
  onError(error: Error): void;
}

/** The file types offered by the picker; drops are sniffed, so any name works there. */
export const GRAPH_FILE_ACCEPT = ".gexf,.json,application/json,application/xml,text/xml";

/**
 * Opens the first dropped file as the new graph. Returns a function that unbinds.
 * `dragging` is set on the target while a file is held over it, for the drop hint.
 */
export function bindFileDrop(target: HTMLElement, handlers: FileInputHandlers): () => void {
  let depth = 0;
  const holdsFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  const onEnter = (event: DragEvent) => {
    if (!holdsFiles(event)) return;
    event.preventDefault();
    depth += 1;
    target.classList.add("dragging");
  };
  const onOver = (event: DragEvent) => {
    if (!holdsFiles(event)) return;
    // Without this the browser navigates to the dropped file instead of giving it to us.
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  };
  const onLeave = () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) target.classList.remove("dragging");
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    depth = 0;
    target.classList.remove("dragging");
    open(file, handlers);
  };
  target.addEventListener("dragenter", onEnter);
  target.addEventListener("dragover", onOver);
  target.addEventListener("dragleave", onLeave);
  target.addEventListener("drop", onDrop);
  return () => {
    target.removeEventListener("dragenter", onEnter);
    target.removeEventListener("dragover", onOver);
    target.removeEventListener("dragleave", onLeave);
    target.removeEventListener("drop", onDrop);
  };
}

/** Opens the file chosen in an `<input type=file>` as the new graph. Returns a function that unbinds. */
export function bindFilePicker(input: HTMLInputElement, handlers: FileInputHandlers): () => void {
  input.accept = GRAPH_FILE_ACCEPT;
  const onChange = () => {
    const file = input.files?.[0];
    // Clearing lets the same file be chosen again after it was edited on disk.
    input.value = "";
    if (file) open(file, handlers);
  };
  input.addEventListener("change", onChange);
  return () => input.removeEventListener("change", onChange);
}

function open(file: File, handlers: FileInputHandlers): void {
  // A file that parses can still fail as a graph (an edge to an undefined node): both reach onError.
  loadGraphFromFile(file)
    .then((graph) => handlers.onGraph(graph, file))
    .catch((error: unknown) => handlers.onError(error instanceof Error ? error : new Error(String(error))));
}
