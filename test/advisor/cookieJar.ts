/** A test console client's cookies: keeps what each answer's Set-Cookie says (Max-Age=0 forgets one). */
export function keepCookies(cookies: Map<string, string>, response: Response): void {
  for (const set of response.headers.getSetCookie()) {
    const [pair = ''] = set.split(';');
    const at = pair.indexOf('=');
    if (/Max-Age=0/.test(set)) cookies.delete(pair.slice(0, at));
    else cookies.set(pair.slice(0, at), pair.slice(at + 1));
  }
}
