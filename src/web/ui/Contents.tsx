/**
 * "On this page": links to the h2s of a long page, so a reader sees its shape at once and can
 * jump to a part, rather than scrolling through thousands of pixels to find it.
 */
export function Contents({ items }: { items: readonly { id: string; label: string }[] }) {
  return (
    <nav className="chorus-contents" aria-label="On this page">
      <h2 className="nhsuk-heading-s chorus-contents__title">On this page</h2>
      <ul className="nhsuk-list chorus-contents__list">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`}>{item.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
