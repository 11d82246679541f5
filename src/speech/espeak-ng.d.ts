// Types for the parts of the `espeak-ng` package (eSpeak NG compiled by Emscripten) we use.
declare module 'espeak-ng' {
  export interface ESpeakNgModule {
    FS: {
      writeFile(path: string, data: string | Uint8Array): void;
      readFile(path: string): Uint8Array;
    };
  }
  export interface ESpeakNgOptions {
    /** The command line of the `espeak-ng` program, run at once. */
    arguments?: string[];
    print?: (text: string) => void;
    printErr?: (text: string) => void;
    preRun?: ((module: ESpeakNgModule) => void)[];
    locateFile?: (path: string, prefix: string) => string;
    instantiateWasm?: (
      imports: WebAssembly.Imports,
      receive: (instance: WebAssembly.Instance, module?: WebAssembly.Module) => void,
    ) => object;
  }
  const ESpeakNg: (options?: ESpeakNgOptions) => Promise<ESpeakNgModule>;
  export default ESpeakNg;
}
