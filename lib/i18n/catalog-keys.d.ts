// `messages.json?keys=…` imports (scripts/catalog-keys.mjs): a catalog of some of the messages.
declare module '*/messages.json?keys=pill,teach,field' {
  const catalog: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  export default catalog;
}
declare module '*/messages.json?keys=pill' {
  const catalog: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  export default catalog;
}
declare module '*/messages.json?keys=preview' {
  const catalog: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  export default catalog;
}
