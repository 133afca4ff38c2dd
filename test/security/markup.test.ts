import { describe, expect, it } from 'vitest'
import { injectedElements } from './markup'
import { ATTRIBUTE_BREAK, MARKUP, SCRIPT_BREAK } from './hostileValues'

describe('finding injected markup the way a browser reads it', () => {
  it('sees markup that became elements', () => {
    expect(injectedElements(`<p>${MARKUP}</p>`)).toHaveLength(1)
    expect(injectedElements(`<input value="${ATTRIBUTE_BREAK}">`)).toHaveLength(1)
    expect(injectedElements(`<script>var x = "${SCRIPT_BREAK}"</script>`)).toHaveLength(1)
    expect(injectedElements(`<title>${SCRIPT_BREAK.replace('script', 'title')}</title>`)).toHaveLength(1)
  })

  it('ignores markup that stayed text', () => {
    expect(injectedElements('<p>&lt;img src=x onerror=alert(1) id=sec-marker&gt;</p>')).toEqual([])
    expect(injectedElements(`<meta content="${MARKUP}">`)).toEqual([])
    expect(injectedElements(`<input value='${ATTRIBUTE_BREAK}'>`)).toEqual([])
    expect(injectedElements('<input value="&quot;&gt;&lt;svg onload=alert(1) id=sec-marker&gt;">')).toEqual([])
    expect(injectedElements(`<script>var x = "${MARKUP}"</script><!-- ${MARKUP} -->`)).toEqual([])
  })
})
