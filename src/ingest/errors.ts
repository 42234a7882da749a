/** A file-system error as a user reads it: what went wrong, not a stack. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "cannot read it: permission denied";
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return `cannot read it: ${err instanceof Error ? err.message : String(err)}`;
  }
}
