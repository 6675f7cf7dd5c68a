import { defineConfig } from 'vite'

// One self-contained classic script (IIFE): shops paste a <script> tag, no module loader needed.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    sourcemap: false,
    lib: {
      entry: 'src/main.ts',
      formats: ['iife'],
      name: 'AftersaleWidget',
      fileName: () => 'widget.js',
    },
  },
})
