/** What the document's Markdown allows, said once per field so nobody types HTML hoping it works. */
export function MarkdownHint() {
  return (
    <>
      Markdown: **bold**, *italic*, lists (a line starting “- ” or “1. ”), [links](https://…) and a blank line between paragraphs. HTML and images are
      not shown: HTML appears as typed, and an image keeps only its words.
    </>
  );
}
