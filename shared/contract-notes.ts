// IPC channels for appreciation notes. Merged into `contract` in ./contract.ts.

export const noteChannels = {} as const;
