/** xhr2 ships no types: it is the browser's XMLHttpRequest for Node, which directlinejs needs. */
declare module 'xhr2' {
  const XMLHttpRequest: unknown;
  export default XMLHttpRequest;
}
