import { describe, expect, it } from 'vitest'
import { contactSegments } from '../../src/domain/text/contactLinks'

const links = (text: string) => contactSegments(text).filter((segment) => segment.href)

describe('crisis numbers and e-mail addresses in text', () => {
  it('links the known crisis lines, however they are written', () => {
    expect(links('Bel bij direct levensgevaar 112.')).toEqual([{ text: '112', href: 'tel:112' }])
    expect(links('Veilig Thuis, 0800-2000 (gratis)')).toEqual([{ text: '0800-2000', href: 'tel:08002000' }])
    expect(links('Veilig Thuis op 0800 2000 of 08002000')).toEqual([
      { text: '0800 2000', href: 'tel:08002000' },
      { text: '08002000', href: 'tel:08002000' },
    ])
    expect(links('113 Zelfmoordpreventie op 0800-0113')).toEqual([
      { text: '113', href: 'tel:113' },
      { text: '0800-0113', href: 'tel:08000113' },
    ])
    expect(links('(112)')).toEqual([{ text: '112', href: 'tel:112' }])
  })

  it('leaves other numbers alone: amounts, longer numbers, codes, decimals', () => {
    for (const text of ['€ 112 per jaar', '€112', '1120 AB', '31120', '06-112', 'artikel 112a', '112,50', 'A113', '0800-1234', '0800-20001', '2112']) {
      expect(links(text), text).toEqual([])
    }
  })

  it('links e-mail addresses, without the full stop that ends the sentence', () => {
    expect(links('Mail naar coordinator@lvbinamsterdam.nl.')).toEqual([
      { text: 'coordinator@lvbinamsterdam.nl', href: 'mailto:coordinator@lvbinamsterdam.nl' },
    ])
    expect(links('a.b-c+d@sub.example.org, of bel')).toEqual([{ text: 'a.b-c+d@sub.example.org', href: 'mailto:a.b-c+d@sub.example.org' }])
    expect(links('@naam, naam@, naam@host, x@y.1')).toEqual([])
  })

  it('gives back the text exactly when the pieces are joined', () => {
    const text = 'Bel 112 of mail info@example.nl; Veilig Thuis 0800-2000. Klaar.'
    expect(
      contactSegments(text)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text)
  })

  it('stays linear: 1 MB of the input worst for it within half a second of processor time (a quadratic pattern takes minutes)', () => {
    const MB = 1_000_000
    const fill = (unit: string) => `${unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB)}x!`
    contactSegments('warm-up 112 a@b.nl')
    for (const unit of ['a', '@', 'a@', 'a.', '@b.', '1', '1 ', '112 ', '0800-', 'a'.repeat(63) + '@', '@' + 'b.'.repeat(120)]) {
      const start = process.cpuUsage()
      contactSegments(fill(unit))
      const used = process.cpuUsage(start)
      expect((used.user + used.system) / 1000, JSON.stringify(unit.slice(0, 10))).toBeLessThan(500)
    }
  }, 60_000)
})
