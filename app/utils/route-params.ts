/** A positive whole-number id from a URL parameter, or null. */
export function idFrom(param: string | undefined) {
  const id = Number(param)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}
