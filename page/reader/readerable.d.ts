// The readerable check alone, without bundling all of Readability into the content script.
declare module '@mozilla/readability/Readability-readerable.js' {
  export default function isProbablyReaderable(
    doc: Document,
    options?: { minContentLength?: number; minScore?: number; visibilityChecker?: (node: Node) => boolean },
  ): boolean;
}
