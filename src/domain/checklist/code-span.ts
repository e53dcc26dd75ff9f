/**
 * Checklist texts are Markdown-ready plain text: config keys, values and every name from
 * the user go inside code spans, where Markdown shows characters literally. The spans come
 * from the one Markdown writer (`generators/formats/markdown`), under short names.
 */
export { markdownCode as code, markdownCodeList as codeList } from '../generators/formats/markdown';
