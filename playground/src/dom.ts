/** An element with a class and children (strings become text, never HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; title?: string; data?: Record<string, string> } = {},
  ...children: Array<Node | string | null>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  if (props.class) element.className = props.class
  if (props.title) element.title = props.title
  for (const [key, value] of Object.entries(props.data ?? {})) element.dataset[key] = value
  for (const child of children) if (child !== null) element.append(child)
  return element
}
