import { describe, expect, it } from 'vitest'
import { htmlToText } from '../../src/domain/email/htmlToText'

describe('htmlToText', () => {
  it('keeps paragraphs apart and link addresses visible', () => {
    const text = htmlToText('<p>Beste Anna,</p><p>Bevestig uw adres via <a href="https://example.org/bevestig?t=1">deze link</a>.</p>')
    expect(text).toBe('Beste Anna,\n\nBevestig uw adres via deze link (https://example.org/bevestig?t=1).')
  })

  it('does not repeat a link whose text is its address', () => {
    expect(htmlToText('<a href="https://example.org">https://example.org</a>')).toBe('https://example.org')
  })

  it('drops styles and decodes entities', () => {
    expect(htmlToText('<style>p{color:red}</style><p>Jeugd &amp; LVB18+ &lt;samen&gt;</p>')).toBe('Jeugd & LVB18+ <samen>')
  })

  it('turns list items and line breaks into lines', () => {
    expect(htmlToText('<ul><li>een</li><li>twee</li></ul>regel<br>nieuwe regel')).toBe('- een\n- twee\nregel\nnieuwe regel')
  })
})
