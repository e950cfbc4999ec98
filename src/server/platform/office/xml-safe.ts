/** Text for Office XML: characters XML 1.0 cannot carry become U+FFFD, so any string can be written as a run. */
// Characters XML 1.0 cannot carry at all (C0 controls but tab and line ends, lone surrogates, U+FFFE/F).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlSafe = (text: string) => text.replace(NOT_XML, '\uFFFD');
