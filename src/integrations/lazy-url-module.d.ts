// The address of a module bundled on its own by the lazy-url Vite plugin.
declare module '*?lazy-url' {
  const url: string;
  export default url;
}
