/** Characters Windows refuses in a file name, and control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
const REFUSED = /[<>:"/\\|?*\u0000-\u001f]/g;
/** Names Windows keeps for devices, with or without an extension. */
const DEVICES = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Room left for a folder path under Windows' 260 characters. */
const MAX_STEM = 120;

/**
 * A file name for an agency's returned copy: the agency's name with its Vietnamese kept (NFC), the
 * characters Windows refuses replaced by `-`, spaces squashed, no trailing dot or space, a device name
 * (`CON`) prefixed, cut to a length Windows paths allow; `taken` (compared without case, as Windows
 * does) gets ` (2)`, ` (3)`… Returns the name with `extension` (`.xlsx`).
 */
export function returnedFileName(agency: string, extension: string, taken: ReadonlySet<string>): string {
  let stem = agency.normalize("NFC").replace(REFUSED, "-").replace(/\s+/g, " ").trim();
  stem = stem.slice(0, MAX_STEM).replace(/[. ]+$/u, "");
  if (stem === "") stem = "don-vi";
  if (DEVICES.test(stem)) stem = `_${stem}`;
  const lower = new Set([...taken].map((name) => name.toLowerCase()));
  let name = `${stem}${extension}`;
  for (let n = 2; lower.has(name.toLowerCase()); n++) name = `${stem} (${n})${extension}`;
  return name;
}
