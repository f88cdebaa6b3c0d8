// Only electron/main and electron/preload may import electron: the back end runs in plain Node (docs/ARCHITECTURE.md, "Processes and the contract").
export {};
