// Only electron/main and electron/preload may import electron: the back end runs in plain Node (DESIGN.md §3 rule 2).
export {};
