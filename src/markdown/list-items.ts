import type { Event, Point, Token } from 'micromark-util-types'

/**
 * mdast-util-from-markdown's `prepareList`: add `listItem` enter and exit
 * events around each item of the list whose enter is at `start` and whose
 * exit ends `events`, an item ending before the blank lines that follow
 * it, and mark line endings between an item's blocks as blank ones.
 */
export function prepareList(events: Event[], start: number): void {
  const end = events.length - 1
  let index = start - 1
  let containerBalance = -1
  let listItem: Token | undefined
  let lineIndex: number | undefined
  let firstBlankLineIndex: number | undefined
  let atMarker: boolean | undefined
  const insertions: { at: number; event: Event }[] = []
  while (++index <= end) {
    const event = events[index] as Event
    switch (event[1].type) {
      case 'listUnordered':
      case 'listOrdered':
      case 'blockQuote':
        containerBalance += event[0] === 'enter' ? 1 : -1
        atMarker = undefined
        break
      case 'lineEndingBlank':
        if (event[0] === 'enter') {
          if (listItem && !atMarker && !containerBalance && !firstBlankLineIndex) firstBlankLineIndex = index
          atMarker = undefined
        }
        break
      case 'linePrefix':
      case 'listItemValue':
      case 'listItemMarker':
      case 'listItemPrefix':
      case 'listItemPrefixWhitespace':
        break
      default:
        atMarker = undefined
    }
    if (
      (!containerBalance && event[0] === 'enter' && event[1].type === 'listItemPrefix') ||
      (containerBalance === -1 && event[0] === 'exit' && (event[1].type === 'listUnordered' || event[1].type === 'listOrdered'))
    ) {
      if (listItem) {
        let tailIndex = index
        lineIndex = undefined
        while (tailIndex--) {
          const tailEvent = events[tailIndex] as Event
          const type = tailEvent[1].type
          if (type === 'lineEnding' || type === 'lineEndingBlank') {
            if (tailEvent[0] === 'exit') continue
            if (lineIndex) (events[lineIndex] as Event)[1].type = 'lineEndingBlank'
            tailEvent[1].type = 'lineEnding'
            lineIndex = tailIndex
          } else if (type === 'linePrefix' || type === 'blockQuotePrefix' || type === 'blockQuotePrefixWhitespace' || type === 'blockQuoteMarker' || type === 'listItemIndent') {
            // Part of the line the item's last line ending leads to.
          } else {
            break
          }
        }
        listItem.end = { ...(lineIndex ? (events[lineIndex] as Event)[1].start : event[1].end) }
        insertions.push({ at: lineIndex || index, event: ['exit', listItem, event[2]] })
      }
      if (event[1].type === 'listItemPrefix') {
        listItem = { type: 'listItem', start: { ...event[1].start }, end: undefined as unknown as Point }
        insertions.push({ at: index, event: ['enter', listItem, event[2]] })
        firstBlankLineIndex = undefined
        atMarker = true
      }
    }
  }
  // The list is the last thing in `events`: take it off and put it back with the insertions.
  const listEvents = events.splice(start)
  let insertion = 0
  for (let i = 0; i < listEvents.length; i++) {
    while (insertion < insertions.length && (insertions[insertion] as { at: number }).at === start + i) events.push((insertions[insertion++] as { event: Event }).event)
    events.push(listEvents[i] as Event)
  }
}
