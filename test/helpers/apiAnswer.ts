/** An HTTP answer of the portal's API, read once: the status, the text and, when it is JSON, the parsed body. */
export interface ApiAnswer<T = any> {
  status: number
  body: T
  text: string
  headers: Headers
}

export async function answerOf<T = any>(response: Response): Promise<ApiAnswer<T>> {
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  return { status: response.status, body: body as T, text, headers: response.headers }
}
